/** Family pedigrees: members, parents, sexes, missing persons, validation. */
package org.repatria.kinship.pedigree;
