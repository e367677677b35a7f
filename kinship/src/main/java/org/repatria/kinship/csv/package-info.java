/** Reading the kinship CSV files of DESIGN.md, with errors that name file, row and field. */
package org.repatria.kinship.csv;
