/**
 * Benchmarks of requests answered person by person (issue 13): the requests page and answering a whole list, and the
 * desk's request pages on a 6,000-row request list, a third of it answered.
 */
package org.repatria.bench.request;
