/** Mutation models per marker (equal, proportional, stepwise) and their matrices. */
package org.repatria.kinship.mutation;
