package org.repatria.store.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.store.DuplicateException;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.log.EntryRows;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

class RequestsTest extends OnEveryEngine {
    private static final Instant RELAYED = People.T0.plus(Duration.ofHours(2));

    /** A request list of ua with {@code rows} rows (ids 1..n), relayed to ru. */
    private ListId relayedRequest(int rows) {
        People.addParties(store());
        List<Person> persons = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            persons.add(People.pow(String.valueOf(i), "Прізвище" + i, "Ім'я", "1990", "MI-" + i, "u"));
        }
        ListId id = new ListId(UUID.nameUUIDFromBytes(("request/" + rows).getBytes(StandardCharsets.UTF_8)));
        store().lists().add(new PersonList(new ListHeader(id, People.UA, ListPurpose.REQUEST, Category.POW, "request",
                People.T0, rows), persons));
        store().lists().relay(id, People.RU, RELAYED);
        return id;
    }

    private static RowAnswer answer(String row, RowStatus status) {
        return new RowAnswer(row, status, PartialDate.parseIso("2025-07"), "Камера 4", new PersonName("Петров", "", ""),
                "note " + row);
    }

    private void submit(long index, String envelope, ListId list, Instant at, RowAnswer... answers) {
        EntryRows rows = store().requests().answers(new AnswersDocument(envelope, list, People.RU, at, List.of(answers)));
        store().log().append(batch(index, envelope, "submitted", Optional.of(rows)));
    }

    /** The mediator's relay, with the rows that show the document's answers in its commit, as the server stores it. */
    private void relay(long index, String envelope) {
        LogEntries.Batch b = batch(index, envelope, "relayed", Optional.empty());
        store().log().append(new LogEntries.Batch(b.firstIndex(), b.entries(), b.hashes(), b.documents(),
                List.of(store().requests().shownOnRelay(envelope)), b.size(), b.checkpoint()));
    }

    private static LogEntries.Batch batch(long index, String envelope, String kind, Optional<EntryRows> rows) {
        return new LogEntries.Batch(index, List.of(new LogEntries.Entry(index, (kind + " " + envelope)
                .getBytes(StandardCharsets.UTF_8), envelope, kind, "relayed".equals(kind) ? People.ICRC : People.RU)),
                List.of(new LogEntries.HashRow(0, index, new byte[32])), rows.map(r -> List.of(new StoredDocument(envelope,
                "envelope " + envelope, People.RU, new byte[] {1}, Optional.empty(), List.of(r)))).orElse(List.of()),
                index + 1, new byte[] {2});
    }

    @Test
    void aRelayedRequestListIsARequestOfTheRelayedParty() {
        ListId id = relayedRequest(3);
        assertThat(store().requests().requested()).singleElement().satisfies(r -> {
            assertThat(r.list()).isEqualTo(id);
            assertThat(r.author()).isEqualTo(People.UA);
            assertThat(r.requested()).isEqualTo(People.RU);
            assertThat(r.rows()).isEqualTo(3);
            assertThat(r.relayed()).isEqualTo(RELAYED);
            assertThat(r.deadline()).isEmpty();
        });
    }

    @Test
    void aHoldingListIsNoRequest() {
        People.addParties(store());
        PersonList holding = People.list(People.UA, People.T0, People.pow("1", "A", "B", "1990", "M", "u"));
        store().lists().add(holding);
        store().lists().relay(holding.header().id(), People.RU, RELAYED);
        assertThat(store().requests().requested()).isEmpty();
    }

    @Test
    void anAnswerSetsTheRowsCurrentStatusInTheSameCommitAsItsEntry() {
        ListId id = relayedRequest(3);
        submit(0, "e1", id, RELAYED.plusSeconds(60), answer("1", RowStatus.HELD), answer("2", RowStatus.NOT_FOUND));
        assertThat(store().requests().counts(id, People.RU, View.SUBMITTED))
                .isEqualTo(Map.of(RowStatus.HELD, 1, RowStatus.NOT_FOUND, 1));
        assertThat(store().log().size()).isEqualTo(1);
    }

    @Test
    void aRefusedEntryLeavesNoAnswer() {
        ListId id = relayedRequest(3);
        submit(0, "e1", id, RELAYED.plusSeconds(60), answer("1", RowStatus.HELD));
        assertThatThrownBy(() -> submit(1, "e1", id, RELAYED.plusSeconds(90), answer("2", RowStatus.HELD)))
                .isInstanceOf(DuplicateException.class);
        assertThat(store().requests().counts(id, People.RU, View.SUBMITTED)).isEqualTo(Map.of(RowStatus.HELD, 1));
        assertThat(store().log().size()).isEqualTo(1);
    }

    @Test
    void aLaterAnswerSupersedesAnEarlierOneAndBothStayInTheHistory() {
        ListId id = relayedRequest(3);
        submit(0, "e1", id, RELAYED.plusSeconds(60), answer("1", RowStatus.NO_INFORMATION));
        submit(1, "e2", id, RELAYED.plusSeconds(120), answer("1", RowStatus.LOCATED));
        RequestRowPage page = store().requests().rows(id, People.RU, View.SUBMITTED, Optional.empty(), 0, 10);
        assertThat(page.rows().getFirst().status()).isEqualTo(RowStatus.LOCATED);
        assertThat(page.rows().getFirst().answeredAt()).contains(RELAYED.plusSeconds(120));
        assertThat(store().requests().history(id, People.RU, View.SUBMITTED, List.of("1")).get("1"))
                .extracting(StoredAnswer::envelopeId).containsExactly("e1", "e2");
    }

    @Test
    void theRequestingSideSeesAnAnswerOnlyOnceItsDocumentIsRelayed() {
        ListId id = relayedRequest(3);
        submit(0, "e1", id, RELAYED.plusSeconds(60), answer("1", RowStatus.HELD));
        assertThat(store().requests().counts(id, People.RU, View.SHOWN)).isEmpty();
        relay(1, "e1");
        assertThat(store().requests().counts(id, People.RU, View.SHOWN)).isEqualTo(Map.of(RowStatus.HELD, 1));
        assertThat(store().requests().history(id, People.RU, View.SHOWN, List.of("1")).get("1")).hasSize(1);
    }

    @Test
    void anEarlierDocumentRelayedLateDoesNotHideALaterShownAnswer() {
        ListId id = relayedRequest(3);
        submit(0, "e1", id, RELAYED.plusSeconds(60), answer("1", RowStatus.NO_INFORMATION));
        submit(1, "e2", id, RELAYED.plusSeconds(120), answer("1", RowStatus.RETURNED));
        relay(2, "e2");
        relay(3, "e1");
        assertThat(store().requests().rows(id, People.RU, View.SHOWN, Optional.empty(), 0, 1).rows().getFirst().status())
                .isEqualTo(RowStatus.RETURNED);
    }

    @Test
    void rowsAreFilteredByStatusUnansweredIncludedAndPagedInTheListsOrder() {
        ListId id = relayedRequest(5);
        submit(0, "e1", id, RELAYED.plusSeconds(60), answer("2", RowStatus.HELD), answer("4", RowStatus.HELD));
        RequestRowPage unanswered = store().requests().rows(id, People.RU, View.SUBMITTED,
                Optional.of(RowStatus.UNANSWERED), 1, 2);
        assertThat(unanswered.total()).isEqualTo(3);
        assertThat(unanswered.rows()).extracting(RequestRow::rowId).containsExactly("3", "5");
        RequestRowPage held = store().requests().rows(id, People.RU, View.SUBMITTED, Optional.of(RowStatus.HELD), 0, 10);
        assertThat(held.rows()).extracting(RequestRow::rowId).containsExactly("2", "4");
    }

    @Test
    void theDeadlineIsSetAndCleared() {
        ListId id = relayedRequest(1);
        Instant due = Instant.parse("2025-09-01T00:00:00Z");
        store().requests().setDeadline(id, Optional.of(due), "tr.mediator", People.ICRC, People.T0);
        assertThat(store().requests().requested(id).getFirst().deadline()).hasValueSatisfying(d -> {
            assertThat(d.at()).isEqualTo(due);
            assertThat(d.setBy()).isEqualTo("tr.mediator");
        });
        store().requests().setDeadline(id, Optional.empty(), "tr.mediator", People.ICRC, People.T0);
        assertThat(store().requests().requested(id).getFirst().deadline()).isEmpty();
    }

    @Test
    void anAnswersDocumentNamesItsListAndParty() {
        ListId id = relayedRequest(1);
        submit(0, "e1", id, RELAYED.plusSeconds(60), answer("1", RowStatus.HELD));
        assertThat(store().requests().answered("e1")).contains(new Requests.Key(id, People.RU));
        assertThat(store().requests().answered("other")).isEmpty();
    }

    @Test
    void aReminderIsStoredWithItsEntry() {
        ListId id = relayedRequest(1);
        StoredReminder r = new StoredReminder("rem1", id, People.RU, "please answer", "tr.mediator", People.T0);
        store().log().append(new LogEntries.Batch(0, List.of(new LogEntries.Entry(0, "r".getBytes(StandardCharsets.UTF_8),
                "rem1", "submitted", People.ICRC)), List.of(new LogEntries.HashRow(0, 0, new byte[32])),
                List.of(new StoredDocument("rem1", "envelope", People.ICRC, new byte[] {1}, Optional.empty(),
                        List.of(store().requests().reminder(r)))), 1, new byte[] {2}));
        assertThat(store().requests().reminders(id)).containsExactly(r);
    }

    @Test
    void answeringSixThousandRowsStoresEveryOne() {
        ListId id = relayedRequest(6_000);
        RowAnswer[] answers = new RowAnswer[6_000];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = answer(String.valueOf(i + 1), i % 2 == 0 ? RowStatus.HELD : RowStatus.NOT_FOUND);
        }
        submit(0, "e1", id, RELAYED.plusSeconds(60), answers);
        assertThat(store().requests().counts(id, People.RU, View.SUBMITTED))
                .isEqualTo(Map.of(RowStatus.HELD, 3_000, RowStatus.NOT_FOUND, 3_000));
        assertThat(store().requests().answers(id, People.RU, View.SUBMITTED)).hasSize(6_000);
    }
}
