/** The work-for-today page at scale (issue 17, item 1; docs/decisions/0178). */
package org.repatria.bench.today;
