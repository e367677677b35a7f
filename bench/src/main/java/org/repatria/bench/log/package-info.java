/** Benchmarks of the log service: durable appends and auditing the log over HTTP with {@code repatria verify}. */
package org.repatria.bench.log;
