package org.repatria.kinship.likelihood;

/**
 * A table over allele variables, each with its own number of states (typed members' alleles have only
 * their genotype's); value index = sum of state(vars[p]) * (product of the sizes of vars[0..p-1]).
 */
record Factor(int[] vars, double[] values) {
}
