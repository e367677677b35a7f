/** Kinship benchmarks: synthetic DVI scenarios at scale, and the sim-dvi scenario against dvir's timing. */
package org.repatria.bench.kinship;
