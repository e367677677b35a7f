/** Timing of the CTA export (issue 17, item 4; docs/decisions/0181) over HTTP at its row limit. */
package org.repatria.bench.cta;
