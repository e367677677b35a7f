/** Person lists in and out: {@link org.repatria.lists.ListImport} reads a CSV or XLSX list whole or not at all (or, to link it, every row it can); {@link org.repatria.lists.ListExport} writes CSV, XLSX and PDF. */
package org.repatria.lists;
