/** Exact pedigree likelihoods per marker by variable elimination, and closed forms for one relative. */
package org.repatria.kinship.likelihood;
