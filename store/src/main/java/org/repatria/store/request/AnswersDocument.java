package org.repatria.store.request;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.core.request.RowAnswer;

/** An answers document as stored with its log entry: envelope id, the list and party answering, when, the answers. */
public record AnswersDocument(String envelopeId, ListId list, PartyId party, Instant submitted, List<RowAnswer> answers) {
    public AnswersDocument {
        Objects.requireNonNull(envelopeId, "envelopeId");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(submitted, "submitted");
        answers = List.copyOf(answers);
    }
}
