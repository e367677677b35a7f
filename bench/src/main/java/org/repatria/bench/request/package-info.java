/** Benchmark of the request pages of the desk: a 6,000-row request list, a third of it answered. */
package org.repatria.bench.request;
