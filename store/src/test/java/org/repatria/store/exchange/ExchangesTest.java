package org.repatria.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.PersonList;
import org.repatria.store.DuplicateException;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.StoreException;
import org.repatria.store.log.EntryRows;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

class ExchangesTest extends OnEveryEngine {
    private static final String ID = "a1";
    private PersonList held;

    private Exchanges opened() {
        People.addParties(store());
        held = People.list(People.UA, People.T0, People.pow("7", "Шевченко", "Іван", "1990", "MI-1", "u"),
                People.pow("8", "Коваленко", "Петро", "1991", "MI-2", "u"));
        store().lists().add(held);
        Exchanges x = store().exchanges();
        x.open(new StoredAgreement(ID, "PRISONERS", People.UA, People.RU, People.ICRC, People.T0, OptionalInt.empty()),
                step(1, AgreementStep.Kind.PROPOSAL, People.UA, "e1"));
        return x;
    }

    private static AgreementStep step(int n, AgreementStep.Kind kind, org.repatria.core.party.PartyId party, String envelope) {
        return new AgreementStep(n, kind, party, envelope, "text " + n, "desk", People.T0.plusSeconds(n));
    }

    private PersonRef person(String row) {
        return new PersonRef(held.header().id(), row);
    }

    private StoredMove move(String row, String from, String to) {
        return new StoredMove(person(row), from, to, "ua-desk", People.UA, People.T0, "because");
    }

    @Test
    void theNegotiationKeepsEveryStepAndTheAcceptedOne() {
        Exchanges x = opened();
        x.addStep(ID, step(2, AgreementStep.Kind.COUNTER, People.RU, "e2"));
        x.accept(ID, step(3, AgreementStep.Kind.ACCEPTANCE, People.UA, "e3"), 2);

        assertThat(x.steps(ID)).extracting(AgreementStep::envelopeId).containsExactly("e1", "e2", "e3");
        assertThat(x.agreement(ID).orElseThrow().acceptedStep()).hasValue(2);
    }

    @Test
    void anAcceptedAgreementCannotBeAcceptedAgainAndTheSecondTryLeavesNoStep() {
        Exchanges x = opened();
        x.accept(ID, step(2, AgreementStep.Kind.ACCEPTANCE, People.RU, "e2"), 1);

        assertThatThrownBy(() -> x.accept(ID, step(3, AgreementStep.Kind.ACCEPTANCE, People.RU, "e3"), 1))
                .isInstanceOf(StoreException.class).hasMessageContaining("already accepted");
        assertThat(x.steps(ID)).hasSize(2);
    }

    @Test
    void aStepNumberTakenTwiceIsADuplicate() {
        Exchanges x = opened();
        assertThatThrownBy(() -> x.addStep(ID, step(1, AgreementStep.Kind.COUNTER, People.RU, "e9")))
                .isInstanceOf(DuplicateException.class).hasMessageContaining("reload the agreement");
    }

    @Test
    void nominationsAndTheirFirstMovesAreStoredTogether() {
        Exchanges x = opened();
        var n = new StoredNomination(People.UA, person("7"), 1, false, "FIT", true, "", Optional.of(person("8")), "ua-desk",
                People.T0);
        x.nominate(ID, List.of(n), List.of(move("7", "CONFIRMED_HELD", "NOMINATED")));

        assertThat(x.nominations(ID)).containsExactly(n);
        assertThat(x.states(ID)).containsEntry(person("7"), "NOMINATED");
        assertThat(x.nextPriority(ID, People.UA)).isEqualTo(2);
    }

    @Test
    void aFailedNominationStoresNeitherNominationsNorMoves() {
        Exchanges x = opened();
        var n = new StoredNomination(People.UA, person("7"), 1, false, "FIT", true, "", Optional.empty(), "ua-desk", People.T0);
        x.nominate(ID, List.of(n), List.of(move("7", "CONFIRMED_HELD", "NOMINATED")));
        var again = new StoredNomination(People.UA, person("8"), 2, false, "FIT", true, "", Optional.empty(), "ua-desk", People.T0);

        assertThatThrownBy(() -> x.nominate(ID, List.of(again, n), List.of(move("8", "CONFIRMED_HELD", "NOMINATED"))))
                .isInstanceOf(DuplicateException.class).hasMessageContaining("already nominated");
        assertThat(x.nominations(ID)).containsExactly(n);
        assertThat(x.states(ID)).doesNotContainKey(person("8"));
    }

    @Test
    void everyMoveIsKeptInOrderWithWhoAndWhy() {
        Exchanges x = opened();
        x.move(ID, List.of(move("7", "CONFIRMED_HELD", "NOMINATED")));
        x.move(ID, List.of(move("7", "NOMINATED", "AGREED")));

        assertThat(x.history(ID, person("7"))).extracting(StoredMove::from, StoredMove::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CONFIRMED_HELD", "NOMINATED"),
                        org.assertj.core.groups.Tuple.tuple("NOMINATED", "AGREED"));
        assertThat(x.history(ID).getFirst()).isEqualTo(move("7", "CONFIRMED_HELD", "NOMINATED"));
    }

    @Test
    void aMoveFromAStateThePersonLeftIsRefusedAndNothingOfTheBatchIsStored() {
        Exchanges x = opened();
        x.move(ID, List.of(move("7", "CONFIRMED_HELD", "NOMINATED"), move("8", "CONFIRMED_HELD", "NOMINATED")));

        assertThatThrownBy(() -> x.move(ID, List.of(move("8", "NOMINATED", "AGREED"), move("7", "AGREED", "IN_TRANCHE"))))
                .isInstanceOf(StaleStateException.class).hasMessageContaining("now NOMINATED, not AGREED");
        assertThat(x.states(ID)).containsEntry(person("8"), "NOMINATED");
        assertThat(x.history(ID)).hasSize(2);
    }

    @Test
    void aPlanKeepsItsMembersAndIsAcceptedOnce() {
        Exchanges x = opened();
        x.move(ID, List.of(move("7", "NOMINATED", "AGREED")));
        int number = x.addPlan(ID, new StoredPlan(0, "plan text", Optional.empty(), "tr", People.T0),
                List.of(new TrancheMember(1, People.UA, person("7"))));
        x.sign(ID, new Signature("plan 1", People.UA, "env-ua", "ua-desk", People.T0), List.of());
        x.sign(ID, new Signature("plan 1", People.RU, "env-plan", "ru-desk", People.T0.plusSeconds(1)), List.of());
        x.acceptPlan(ID, number, "env-plan", List.of(move("7", "AGREED", "IN_TRANCHE")));

        assertThat(x.plans(ID)).singleElement().satisfies(p -> assertThat(p.envelopeId()).contains("env-plan"));
        assertThat(x.members(ID, number)).containsExactly(new TrancheMember(1, People.UA, person("7")));
        assertThat(x.signatures(ID, "plan 1")).extracting(Signature::envelopeId).containsExactly("env-ua", "env-plan");
        assertThatThrownBy(() -> x.acceptPlan(ID, number, "env-2", List.of())).hasMessageContaining("accepted already");
        assertThatThrownBy(() -> x.sign(ID, new Signature("plan 1", People.RU, "env-3", "ru-desk", People.T0), List.of()))
                .isInstanceOf(DuplicateException.class).hasMessageContaining("has signed plan 1");
        assertThat(x.signatures(ID, "plan 1")).hasSize(2);
    }

    @Test
    void aSignatureRidesWithItsDocumentOntoTheLogInOneTransaction() {
        Exchanges x = opened();
        store().log().append(signed(0, "env-ua", x.signature(ID, new Signature("plan 1", People.UA, "env-ua", "ua-desk",
                People.T0), 1, List.of(move("7", "NOMINATED", "AGREED")))));

        assertThat(x.signatures(ID, "plan 1")).extracting(Signature::envelopeId).containsExactly("env-ua");
        assertThat(x.states(ID)).containsEntry(person("7"), "AGREED");
        assertThat(store().documents().document("env-ua")).isPresent();
    }

    @Test
    void twoSignaturesClaimingTheFirstPlaceCannotBothBeStoredAndTheLoserLeavesNothingOnTheLog() {
        Exchanges x = opened();
        store().log().append(signed(0, "env-ua", x.signature(ID, new Signature("plan 1", People.UA, "env-ua", "ua-desk",
                People.T0), 1, List.of())));

        assertThatThrownBy(() -> store().log().append(signed(1, "env-ru", x.signature(ID, new Signature("plan 1", People.RU,
                "env-ru", "ru-desk", People.T0.plusSeconds(1)), 1, List.of(move("8", "NOMINATED", "AGREED"))))))
                .isInstanceOf(DuplicateException.class).hasMessageContaining("another signature took its place");
        assertThat(store().log().size()).isEqualTo(1);
        assertThat(store().documents().document("env-ru")).isEmpty();
        assertThat(x.signatures(ID, "plan 1")).extracting(Signature::party).containsExactly(People.UA);
        assertThat(x.states(ID)).doesNotContainKey(person("8"));
    }

    @Test
    void theSecondPlaceIsTakenOnceAndSignaturesListInPlaceOrder() {
        Exchanges x = opened();
        x.sign(ID, new Signature("act 1", People.RU, "env-ru", "ru-desk", People.T0.plusSeconds(5)), 2, List.of());
        x.sign(ID, new Signature("act 1", People.UA, "env-ua", "ua-desk", People.T0.plusSeconds(9)), 1, List.of());

        assertThat(x.signatures(ID, "act 1")).extracting(Signature::envelopeId).containsExactly("env-ua", "env-ru");
        assertThatThrownBy(() -> x.sign(ID, new Signature("act 1", People.ICRC, "env-x", "icrc", People.T0), 2, List.of()))
                .isInstanceOf(DuplicateException.class);
    }

    @Test
    void eachDocumentIsFoundAsTheStepOrSignatureItIsInItsAgreement() {
        Exchanges x = opened();
        x.addStep(ID, step(2, AgreementStep.Kind.COUNTER, People.RU, "e2"));
        x.sign(ID, new Signature("plan 3", People.RU, "env-plan", "ru-desk", People.T0), List.of());
        x.sign(ID, new Signature("act 2", People.UA, "env-act", "ua-desk", People.T0), 1, List.of());

        assertThat(x.documents(List.of("e1", "e2", "env-plan", "env-act", "elsewhere"))).containsOnly(
                Map.entry("e1", new ExchangeDocument("e1", ID, ExchangeDocument.Role.PROPOSAL, 1)),
                Map.entry("e2", new ExchangeDocument("e2", ID, ExchangeDocument.Role.COUNTER, 2)),
                Map.entry("env-plan", new ExchangeDocument("env-plan", ID, ExchangeDocument.Role.PLAN_SIGNATURE, 3)),
                Map.entry("env-act", new ExchangeDocument("env-act", ID, ExchangeDocument.Role.ACT_SIGNATURE, 2)));
    }

    /** A one-entry log batch submitting document {@code envelopeId} with {@code rows}. */
    private static LogEntries.Batch signed(long index, String envelopeId, EntryRows rows) {
        return new LogEntries.Batch(index, List.of(new LogEntries.Entry(index, ("entry " + envelopeId).getBytes(
                java.nio.charset.StandardCharsets.UTF_8), envelopeId, "submitted", People.UA)),
                List.of(new LogEntries.HashRow(0, index, new byte[32])), List.of(new StoredDocument(envelopeId, "envelope",
                People.UA, new byte[] {1}, Optional.empty(), List.of(rows))), index + 1, new byte[] {2});
    }

    @Test
    void aHandoverStoresChecksDiscrepanciesAndMovesTogether() {
        Exchanges x = opened();
        x.move(ID, List.of(move("7", "AGREED", "IN_TRANCHE")));
        var check = new HandoverCheck(1, People.UA, Optional.of(person("7")), "MI-1", "PRESENTED", "", "ua-desk", People.T0);
        var stranger = new HandoverCheck(1, People.UA, Optional.empty(), "MI-99", "NOT_ON_MANIFEST", "", "ua-desk", People.T0);
        var found = new Discrepancy(1, "NOT_ON_MANIFEST", Optional.empty(), "MI-99 is not on the manifest", People.T0);
        x.recordHandover(ID, List.of(check, stranger), List.of(found), List.of(move("7", "IN_TRANCHE", "HANDED_OVER")));

        assertThat(x.checks(ID, 1)).containsExactly(check, stranger);
        assertThat(x.discrepancies(ID)).containsExactly(found);
        assertThat(x.states(ID)).containsEntry(person("7"), "HANDED_OVER");
    }

    @Test
    void aSecondActForTheSameTrancheIsRefusedWithItsMoves() {
        Exchanges x = opened();
        x.move(ID, List.of(move("7", "IN_TRANCHE", "HANDED_OVER")));
        x.signAndAddAct(ID, new Signature("act 1", People.RU, "env-act", "ru-desk", People.T0),
                new StoredAct(1, "env-act", "act", "ru-desk", People.T0), List.of(move("7", "HANDED_OVER", "RECEIVED")));

        assertThatThrownBy(() -> x.signAndAddAct(ID, new Signature("act 1", People.UA, "env-act2", "ua-desk", People.T0),
                new StoredAct(1, "env-act2", "act", "ua-desk", People.T0), List.of()))
                .isInstanceOf(DuplicateException.class).hasMessageContaining("the tranche has an act");
        assertThat(x.signatures(ID, "act 1")).hasSize(1);
        assertThat(x.acts(ID)).extracting(StoredAct::envelopeId).containsExactly("env-act");
        assertThat(x.states(ID)).containsEntry(person("7"), "RECEIVED");
    }

    @Test
    void aCustodyStepIsKeptWithTheDiscrepancyAndMoveItMadeAndNotTwice() {
        Exchanges x = opened();
        x.move(ID, List.of(move("7", "HANDED_OVER", "RECEIVED")));
        var identified = new CustodyRecord("BT-7", 1, "IDENTIFIED", People.UA, "morgue", "", Optional.of(person("8")), "ua-dna",
                People.T0);
        var mislabelled = new Discrepancy(1, "MISLABELLED", Optional.of(person("7")), "labelled 7, identified as 8", People.T0);
        x.addCustody(ID, identified, List.of(mislabelled), List.of(move("8", "RECEIVED", "IDENTIFIED")));

        assertThat(x.custody(ID, "BT-7")).containsExactly(identified);
        assertThat(x.discrepancies(ID)).containsExactly(mislabelled);
        assertThat(x.states(ID)).containsEntry(person("8"), "IDENTIFIED");
        assertThatThrownBy(() -> x.addCustody(ID, identified, List.of(), List.of())).isInstanceOf(DuplicateException.class);
    }

    @Test
    void eachSidesFirstNominationIsReadToTheSecond() {
        Exchanges x = opened();
        var first = new StoredNomination(People.UA, person("7"), 1, false, "FIT", true, "", Optional.empty(), "ua-desk",
                People.T0.plusSeconds(5));
        var later = new StoredNomination(People.UA, person("8"), 2, false, "FIT", true, "", Optional.empty(), "ua-desk",
                People.T0.plusSeconds(100));
        x.nominate(ID, List.of(later), List.of());
        x.nominate(ID, List.of(first), List.of());

        assertThat(x.firstNominations(ID)).containsExactly(Map.entry(People.UA,
                People.T0.plusSeconds(5).truncatedTo(ChronoUnit.SECONDS)));
    }

    @Test
    void eachActsCompletionTimeIsReadByTranche() {
        Exchanges x = opened();
        x.signAndAddAct(ID, new Signature("act 1", People.RU, "env-act", "ru-desk", People.T0),
                new StoredAct(1, "env-act", "act", "ru-desk", People.T0.plusSeconds(60)), List.of());

        assertThat(x.actTimes(ID)).containsExactly(Map.entry(1, People.T0.plusSeconds(60)));
    }

    @Test
    void anObserverIsGrantedOnce() {
        Exchanges x = opened();
        x.grant(ID, People.ICRC);
        assertThat(x.grants(ID)).containsExactly(People.ICRC);
        assertThatThrownBy(() -> x.grant(ID, People.ICRC)).isInstanceOf(DuplicateException.class);
    }
}
