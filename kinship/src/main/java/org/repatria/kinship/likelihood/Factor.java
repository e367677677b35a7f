package org.repatria.kinship.likelihood;

/** A table over allele variables that all share one domain size; value index = sum of state(vars[p]) * K^p. */
record Factor(int[] vars, double[] values) {
}
