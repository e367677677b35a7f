/** Benchmarks of list import: 100,000 rows from CSV and from XLSX, time and peak heap. */
package org.repatria.bench.lists;
