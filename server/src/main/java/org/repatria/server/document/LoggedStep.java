package org.repatria.server.document;

import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.audit.Receipt;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.log.LogEntries;

/** One logged step on a document (submitted, relayed, acknowledged), with its receipt under the current checkpoint. */
public record LoggedStep(long index, EntryKind kind, PartyId signer, KeyCustody custody, Receipt receipt) {
    /** The step {@code entry} records, with its receipt from {@code log}. */
    public static LoggedStep of(LogEntries.Entry entry, TransparencyLog log) {
        EntryStatement s = LogEntry.parse(entry.bytes()).statement();
        return new LoggedStep(entry.index(), s.kind(), s.signer(), s.custody(), log.receipt(entry.index()));
    }
}
