package org.repatria.store.reunification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListId;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.core.reunification.Escort;
import org.repatria.core.reunification.EscortRole;
import org.repatria.core.reunification.Guardian;
import org.repatria.core.reunification.LegalStanding;
import org.repatria.store.DuplicateException;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.child.Closure;
import org.repatria.store.exchange.AgreementStep;
import org.repatria.store.exchange.StoredAgreement;
import org.repatria.store.log.EntryRows;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;
import org.repatria.store.request.AnswersDocument;
import org.repatria.store.request.View;

class ReunificationsTest extends OnEveryEngine {
    private static final String ID = "children-1";
    private static final ListId HELD = new ListId(UUID.nameUUIDFromBytes(new byte[] {1}));
    private static final ListId REQUEST = new ListId(UUID.nameUUIDFromBytes(new byte[] {2}));

    private Reunifications opened() {
        People.addParties(store());
        store().exchanges().open(new StoredAgreement(ID, "CHILDREN", People.UA, People.RU, People.ICRC, People.T0,
                OptionalInt.empty()), new AgreementStep(1, AgreementStep.Kind.PROPOSAL, People.UA, "e1", "text", "desk",
                People.T0));
        return store().reunifications();
    }

    private static GuardianRecord check(String row) {
        return new GuardianRecord(ID, 1, new PersonRef(HELD, row), new Guardian("Коваленко Олена", "паспорт", "КВ 123456",
                "мати", LegalStanding.LEGAL_GUARDIAN, "рішення суду № 2-123/2024"),
                new Escort("Anna Meier", EscortRole.ICRC_DELEGATE, "ICRC card 4411"), People.UA, "ua-desk", People.T0);
    }

    private static ReunionRecord reunion(String row, String requestRow, String envelope) {
        return new ReunionRecord(new PersonRef(HELD, row), ID, 1, new PersonRef(REQUEST, requestRow), envelope, true,
                "mediator", People.T0.plusSeconds(60));
    }

    @Test
    void aGuardianCheckIsReadBackAsRecorded() {
        Reunifications r = opened();
        r.checkGuardian(check("3"));

        assertThat(r.guardian(ID, new PersonRef(HELD, "3"))).contains(check("3"));
        assertThat(r.guardians(ID)).containsExactly(check("3"));
    }

    @Test
    void aSecondGuardianCheckOfTheSameChildIsADuplicate() {
        Reunifications r = opened();
        r.checkGuardian(check("3"));

        assertThatThrownBy(() -> r.checkGuardian(check("3"))).isInstanceOf(DuplicateException.class)
                .hasMessageContaining("was checked already");
    }

    @Test
    void aReunificationRidesWithItsDocumentOntoTheLogAndIsFoundByChildOrRequestRow() {
        Reunifications r = opened();
        store().log().append(batch(0, "env-1", r.recording(reunion("3", "17", "env-1"))));

        assertThat(r.reunion(new PersonRef(HELD, "3"), new PersonRef(REQUEST, "99"))).contains(reunion("3", "17", "env-1"));
        assertThat(r.reunion(new PersonRef(HELD, "9"), new PersonRef(REQUEST, "17"))).contains(reunion("3", "17", "env-1"));
        assertThat(r.reunions(ID)).extracting(ReunionRecord::caseClosed).containsExactly(true);
    }

    @Test
    void aSecondReunificationOfTheSameRequestRowLeavesNothingOnTheLog() {
        Reunifications r = opened();
        store().log().append(batch(0, "env-1", r.recording(reunion("3", "17", "env-1"))));

        assertThatThrownBy(() -> store().log().append(batch(1, "env-2", r.recording(reunion("4", "17", "env-2")))))
                .isInstanceOf(DuplicateException.class).hasMessageContaining("is reunified already");
        assertThat(store().log().size()).isEqualTo(1);
        assertThat(store().documents().document("env-2")).isEmpty();
        assertThat(r.reunions(ID)).hasSize(1);
    }

    @Test
    void theRecordClosesTheCaseAndMarksTheRequestRowReturnedInItsOwnCommit() {
        Reunifications r = opened();
        ListId request = requestList();
        store().log().append(batch(0, "env-1", List.of(r.recording(reunion("3", "1", "env-1")), closing(request, "env-1"),
                store().requests().reunified(returned(request, "env-1")))));

        assertThat(store().childCases().closure(request, "1")).map(Closure::reference).contains("env-1");
        assertThat(store().requests().counts(request, People.RU, View.SHOWN)).containsEntry(RowStatus.RETURNED, 1);
    }

    @Test
    void aCaseClosedAlreadyLeavesNothingOfASecondRecord() {
        Reunifications r = opened();
        ListId request = requestList();
        store().log().append(batch(0, "env-1", List.of(r.recording(reunion("3", "1", "env-1")), closing(request, "env-1"))));

        assertThatThrownBy(() -> store().log().append(batch(1, "env-2", List.of(r.recording(reunion("4", "2", "env-2")),
                closing(request, "env-2"))))).isInstanceOf(DuplicateException.class);
        assertThat(store().log().size()).isEqualTo(1);
        assertThat(r.reunions(ID)).hasSize(1);
    }

    private ListId requestList() {
        PersonList list = People.list(People.UA, People.T0.plusSeconds(5), People.pow("1", "Коваленко", "Марія", "2014",
                "", ""));
        store().lists().add(list);
        store().lists().relay(list.header().id(), People.RU, People.T0.plusSeconds(6));
        return list.header().id();
    }

    private EntryRows closing(ListId request, String envelope) {
        return store().childCases().closing(new Closure(request, "1", "mediator", envelope, People.T0.plusSeconds(60)));
    }

    private static AnswersDocument returned(ListId request, String envelope) {
        return new AnswersDocument(envelope, request, People.RU, People.T0.plusSeconds(60), List.of(new RowAnswer("1",
                RowStatus.RETURNED, PartialDate.parseIso("2025-06-09"), "", new PersonName("", "", ""), "reunified")));
    }

    @Test
    void aRecordTheMediatorWroteWaitsInNoRelayQueue() {
        Reunifications r = opened();
        store().log().append(batch(0, "env-1", r.recording(reunion("3", "17", "env-1"))));

        assertThat(store().documents().unrelayed()).isEmpty();
        assertThat(store().documents().unrelayedCount()).isZero();
    }

    /** A one-entry log batch submitting document {@code envelopeId} with {@code rows}. */
    private static LogEntries.Batch batch(long index, String envelopeId, EntryRows rows) {
        return batch(index, envelopeId, List.of(rows));
    }

    private static LogEntries.Batch batch(long index, String envelopeId, List<EntryRows> rows) {
        return new LogEntries.Batch(index, List.of(new LogEntries.Entry(index, ("entry " + envelopeId)
                .getBytes(StandardCharsets.UTF_8), envelopeId, "submitted", People.ICRC)),
                List.of(new LogEntries.HashRow(0, index, new byte[32])), List.of(new StoredDocument(envelopeId, "envelope",
                People.ICRC, new byte[] {1}, Optional.empty(), rows)), index + 1, new byte[] {2});
    }
}
