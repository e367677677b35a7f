package org.repatria.demo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.core.request.RowAnswer;

/** One answers document of the scenario: the requested side {@code by} answers rows of request list {@code list} at {@code at}. */
public record AnswerPart(ListId list, PartyId by, Instant at, List<RowAnswer> answers) {
    public AnswerPart {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        answers = List.copyOf(answers);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("an answers document answers at least one row");
        }
    }
}
