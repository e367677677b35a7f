package org.repatria.store.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.store.People;
import org.repatria.store.Store;
import org.repatria.store.log.EntryRows;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/** The requests' SQL on H2 (PostgreSQL mode), the third engine the store supports: answer, show, count, page. */
class RequestsOnH2Test {
    @TempDir
    Path dir;

    @Test
    void answersAreCountedShownAfterTheRelayAndPagedByStatusOnH2() {
        try (Store store = Store.connect("jdbc:h2:file:" + dir.toAbsolutePath().resolve("h2") + ";MODE=PostgreSQL")) {
            People.addParties(store);
            ListId id = new ListId(UUID.nameUUIDFromBytes("h2".getBytes(StandardCharsets.UTF_8)));
            store.lists().add(new PersonList(new ListHeader(id, People.UA, ListPurpose.REQUEST, Category.POW, "request",
                    People.T0, 3), List.of(People.pow("1", "A", "B", "1990", "M1", "u"),
                    People.pow("2", "C", "D", "1991", "M2", "u"), People.pow("3", "E", "F", "1992", "M3", "u"))));
            store.lists().relay(id, People.RU, People.T0.plusSeconds(60));
            Instant at = People.T0.plusSeconds(120);
            var rows = store.requests().answers(new AnswersDocument("e1", id, People.RU, at, List.of(
                    new RowAnswer("2", RowStatus.HELD, null, "", null, ""))));
            store.log().append(batch(0, "e1", "submitted", Optional.of(new StoredDocument("e1", "envelope", People.RU,
                    new byte[] {1}, Optional.empty(), List.of(rows)))));
            store.log().append(relay(batch(1, "e1", "relayed", Optional.empty()), store.requests().shownOnRelay("e1")));
            store.requests().setDeadline(id, Optional.of(at.plusSeconds(3600)), "tr.mediator", People.ICRC, at);

            assertThat(store.requests().counts(id, People.RU, View.SHOWN)).isEqualTo(Map.of(RowStatus.HELD, 1));
            assertThat(store.requests().rows(id, People.RU, View.SHOWN, Optional.of(RowStatus.UNANSWERED), 0, 10).rows())
                    .extracting(RequestRow::rowId).containsExactly("1", "3");
            assertThat(store.requests().requested(id).getFirst().deadline()).isPresent();
        }
    }

    private static LogEntries.Batch relay(LogEntries.Batch b, EntryRows shown) {
        return new LogEntries.Batch(b.firstIndex(), b.entries(), b.hashes(), b.documents(), List.of(shown), b.size(),
                b.checkpoint());
    }

    private static LogEntries.Batch batch(long index, String envelope, String kind, Optional<StoredDocument> document) {
        return new LogEntries.Batch(index, List.of(new LogEntries.Entry(index, (kind + envelope).getBytes(StandardCharsets.UTF_8),
                envelope, kind, "relayed".equals(kind) ? People.ICRC : People.RU)),
                List.of(new LogEntries.HashRow(0, index, new byte[32])), document.stream().toList(), index + 1, new byte[] {2});
    }
}
