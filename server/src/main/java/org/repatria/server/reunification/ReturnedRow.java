package org.repatria.server.reunification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.store.Store;
import org.repatria.store.log.EntryRows;
import org.repatria.store.request.AnswersDocument;
import org.repatria.store.request.StoredAnswer;
import org.repatria.store.request.View;

/**
 * A reunified child's request row: {@code returned}, in the request the side that handed the child over answers, with
 * the reunification record as its answer (its date; the record is the answer's document, so the note stays empty: a
 * note is stored text, shown as it is on pages of every language) — unless that side's answers
 * said {@code returned} already, or the list was never relayed to that side (then there is no request to mark).
 */
final class ReturnedRow {
    private ReturnedRow() {
    }

    static Optional<EntryRows> of(Store store, ReunionRecords.Draft draft, String envelopeId, Instant at) {
        PartyId holder = new PartyId(draft.crossed().line().from());
        var request = draft.request();
        if (!store.lists().relayedTo(request.list()).contains(holder)) {
            return Optional.empty();
        }
        List<StoredAnswer> history = store.requests().history(request.list(), holder, View.SUBMITTED,
                List.of(request.rowId())).getOrDefault(request.rowId(), List.of());
        if (!history.isEmpty() && history.getLast().answer().status() == RowStatus.RETURNED) {
            return Optional.empty();
        }
        RowAnswer returned = new RowAnswer(request.rowId(), RowStatus.RETURNED,
                PartialDate.parseIso(at.atOffset(ZoneOffset.UTC).toLocalDate().toString()), "", new PersonName("", "", ""), "");
        return Optional.of(store.requests().reunified(new AnswersDocument(envelopeId, request.list(), holder, at,
                List.of(returned))));
    }
}
