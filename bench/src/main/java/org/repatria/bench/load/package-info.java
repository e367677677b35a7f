/**
 * The load driver of issue 15 ({@link org.repatria.bench.load.LoadDriver}): rising concurrency against
 * {@code repatria demo} over loopback HTTP/1.1, requests per second, p50/p99 and CPU seconds per request.
 */
package org.repatria.bench.load;
