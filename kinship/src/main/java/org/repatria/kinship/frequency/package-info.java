/** Allele frequency tables per STR marker. */
package org.repatria.kinship.frequency;
