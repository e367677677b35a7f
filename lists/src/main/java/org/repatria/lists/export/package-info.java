/** Writing a list out: CSV, XLSX (streamed) and a printable PDF with an embedded Cyrillic font. */
package org.repatria.lists.export;
