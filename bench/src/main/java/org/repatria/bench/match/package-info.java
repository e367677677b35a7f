/** Benchmarks of person matching: a synthetic cross-script list generator with ground truth, and FEBRL4. */
package org.repatria.bench.match;
