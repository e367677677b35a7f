/**
 * Figures across exchanges (issue 17, docs/decisions/0180): persons handed over per tranche and in all, parity per
 * exchange, requests outstanding by age, the answer rate by month, remains received and identified; each over what the
 * reader may see, from the database's counts; and the files they are exported as. {@link
 * org.repatria.server.figures.Figures} is the entry point.
 */
package org.repatria.server.figures;
