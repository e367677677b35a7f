/**
 * The export for the ICRC's Central Tracing Agency (issue 17, item 4; docs/decisions/0181, docs/cta-export.md): the
 * persons a party holds or handed over, one CSV row each, with the particulars GC III arts. 122-123 and Annex IV's
 * capture card name, in a fixed column order described by a data dictionary ({@link org.repatria.server.cta.CtaColumn}).
 * {@link org.repatria.server.cta.CtaExport} is the one entry point the API ({@link org.repatria.server.cta.CtaApi}) and
 * the desk call: a party's desk exports its own persons only, children's rows only with the children permission, at most
 * {@link org.repatria.server.cta.CtaExport#MAX_ROWS} rows, streamed, and every export is recorded in the record of reads.
 */
package org.repatria.server.cta;
