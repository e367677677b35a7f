/** Reading the kinship files (the CSV of DESIGN.md, Familias frequency lists), with errors that name file, row and field. */
package org.repatria.kinship.csv;
