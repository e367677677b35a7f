/** Reading the rows of a sheet from its bytes: CSV (with encoding detection) and XLSX (streamed). */
package org.repatria.lists.sheet;
