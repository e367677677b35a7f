/** Validation of list rows: problems (errors and warnings) naming row, column and reason, in English, Ukrainian or Russian. */
package org.repatria.lists.check;
