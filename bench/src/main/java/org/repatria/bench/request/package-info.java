/** Benchmarks of requests answered person by person (issue 13): the requests page and answering a whole list. */
package org.repatria.bench.request;
