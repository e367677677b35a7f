/** What the record of reads (issue 15, docs/decisions/0165) adds to a desk list page view and to an API page of rows. */
package org.repatria.bench.reads;
