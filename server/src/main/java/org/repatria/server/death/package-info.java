/**
 * Death records (issue 16, item 4; docs/decisions/0176): for a confirmed DNA identification the identification unit
 * drafts the record (particulars prefilled from the person's row and the bag's custody), signs it as a
 * {@code death-record} document to the person's own side, the mediator relays it, and that side reads, prints (PDF in
 * English, Ukrainian and Russian) and exports (CSV) it. The log holds the envelope only; genetic particulars never leave
 * the identifying side beyond the summary (case, remains sample, log10 LR, the relatives' kinship).
 */
package org.repatria.server.death;
