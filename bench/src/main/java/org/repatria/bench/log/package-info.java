/**
 * Benchmarks of the log service: durable appends, restart, {@code /log/checkpoint}, a signed list's document, and
 * auditing the log over HTTP with {@code repatria verify}.
 */
package org.repatria.bench.log;
