/** DNA STR kinship: likelihood ratios for remains against families of the missing, and the DVI search. */
package org.repatria.kinship;
