package org.repatria.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.deadline.Deadline;
import org.repatria.core.deadline.Milestone;
import org.repatria.core.party.PartyId;
import org.repatria.demo.DemoAccount;
import org.repatria.demo.Scenario;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.AgreementMessages.StepReply;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.ActReply;
import org.repatria.server.exchange.TrancheMessages.CustodyReply;
import org.repatria.server.exchange.TrancheMessages.CustodyStepReply;
import org.repatria.server.exchange.TrancheMessages.DiscrepancyReply;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.server.exchange.TrancheMessages.SignatureReply;
import org.repatria.server.exchange.TrancheMessages.TrancheReply;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.Store;
import org.repatria.store.log.LogEntries;

/**
 * The demo as {@code repatria demo} seeds it has an exchange at every stage, so each desk page shows real content: one
 * done, one planned and signed, remains in custody, one proposed and waiting for the mediator's relay (issue 12).
 */
class DemoStagesTest {
    @TempDir
    static Path dir;
    private static Store store;
    private static TransparencyLog log;
    private static Exchange exchange;
    private static Scenario scenario;

    @BeforeAll
    static void seed() {
        store = Store.embedded(dir);
        scenario = DemoScenario.seedIfEmpty(store, new PrintStream(OutputStream.nullOutputStream()));
        log = TransparencyLog.open(store, Clock.systemUTC());
        exchange = new Exchange(store, log, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        log.close();
        store.close();
    }

    @Test
    void theJuneExchangesTrancheIsOverdueAgainstTodaysDateWhileItsPlanIsMet() {
        List<Deadline> june = exchange.deadlines(mediator(), DemoExchanges.PLANNED);

        assertThat(june).filteredOn(d -> d.milestone() instanceof Milestone.Crossing)
                .singleElement().matches(Deadline::overdue);
        assertThat(june).filteredOn(d -> d.milestone() instanceof Milestone.PlanInForce)
                .singleElement().matches(Deadline::met);
    }

    @Test
    void theMayExchangeIsDoneThousandForThousandWithOneRefusalAndOneAbsence() {
        AgreementReply done = exchange.agreement(mediator(), DemoExchanges.DONE);

        assertThat(done.state()).isEqualTo("ACCEPTED");
        assertThat(done.progress()).containsEntry("RECEIVED", 2000).containsEntry("REFUSED_REPATRIATION", 1)
                .containsEntry("NOT_FOUND", 1);
        assertThat(exchange.discrepancies(mediator(), DemoExchanges.DONE)).extracting(DiscrepancyReply::kind)
                .containsExactlyInAnyOrder("REFUSED", "ABSENT");
    }

    @Test
    void theMayExchangeWasPlannedInTranchesOf390And307And303ThenReplannedFromReserves() {
        List<PlanReply> plans = exchange.plans(mediator(), DemoExchanges.DONE);

        assertThat(plans).hasSize(2).allMatch(PlanReply::accepted);
        assertThat(perSide(plans.getFirst())).containsExactly(390, 307, 303);
        assertThat(perSide(plans.getLast())).as("the two drop-outs leave day one; reserves make them good on day three")
                .containsExactly(389, 307, 304);
    }

    @Test
    void everyActOfTheMayExchangeIsSignedByBothSidesRelayedAndAcknowledgedOnTheLog() {
        for (int tranche = 1; tranche <= 3; tranche++) {
            ActReply act = exchange.act(mediator(), DemoExchanges.DONE, tranche);

            assertThat(act.complete()).as("act " + tranche).isTrue();
            assertThat(act.signatures()).extracting(SignatureReply::party).containsExactlyInAnyOrder("ua", "ru");
            for (SignatureReply s : act.signatures()) {
                assertThat(trail(s.envelopeId())).as("act " + tranche + " signed by " + s.party())
                        .containsExactly("submitted", "relayed", "acknowledged");
            }
        }
    }

    @Test
    void theJuneExchangeHasAPlanBothSidesSignedInForceAndNobodyCrossedYet() {
        PlanReply plan = exchange.planInForce(mediator(), DemoExchanges.PLANNED).orElseThrow();

        assertThat(plan.signatures()).extracting(SignatureReply::party).containsExactlyInAnyOrder("ua", "ru");
        assertThat(plan.signatures()).allMatch(SignatureReply::relayed);
        assertThat(perSide(plan)).containsExactly(DemoExchanges.PLANNED_EACH);
        assertThat(exchange.actOnceRecorded(mediator(), DemoExchanges.PLANNED, 1)).isEmpty();
        assertThat(exchange.agreement(mediator(), DemoExchanges.PLANNED).progress()).doesNotContainKey("RECEIVED");
    }

    @Test
    void theRemainsCrossedAndTheirBagsAreInTheReceivingSidesChainOfCustody() {
        AgreementReply remains = exchange.agreement(mediator(), DemoExchanges.REMAINS);
        String bag = exchange.manifest(mediator(), DemoExchanges.REMAINS, 1).lines().getFirst().bodyTag();

        CustodyReply chain = exchange.custody(desk("ua"), DemoExchanges.REMAINS, bag);

        assertThat(remains.progress()).containsEntry("RECEIVED", DemoExchanges.BODIES);
        assertThat(exchange.act(mediator(), DemoExchanges.REMAINS, 1).complete()).isTrue();
        assertThat(chain.steps()).extracting(CustodyStepReply::kind).contains("STORED", "SAMPLED");
    }

    @Test
    void theCiviliansProposalWaitsForTheMediatorsRelay() {
        AgreementReply proposed = exchange.agreement(mediator(), DemoExchanges.PROPOSED);

        assertThat(proposed.steps()).hasSize(1);
        StepReply proposal = proposed.steps().getFirst();
        assertThat(proposal.relayed()).isFalse();
        assertThat(trail(proposal.envelopeId())).containsExactly("submitted");
    }

    @Test
    void theObserverWasGrantedTheDoneAndThePlannedExchanges() {
        assertThat(exchange.agreements(observer())).extracting(AgreementReply::id)
                .contains(DemoExchanges.DONE, DemoExchanges.PLANNED);
    }

    private static List<Integer> perSide(PlanReply plan) {
        List<Integer> out = new ArrayList<>();
        for (TrancheReply t : plan.tranches()) {
            int ua = 0;
            for (var counts : List.of(t.regular(), t.exempt(), t.makeGood())) {
                ua += counts.getOrDefault("ua", 0);
            }
            out.add(ua);
        }
        return out;
    }

    private static List<String> trail(String envelopeId) {
        return store.documents().trail(envelopeId).stream().map(LogEntries.Entry::kind).toList();
    }

    private static Account mediator() {
        return account(new PartyId("tr"), Role.MEDIATOR);
    }

    private static Account observer() {
        return account(new PartyId("icrc"), Role.OBSERVER);
    }

    private static Account desk(String party) {
        return account(new PartyId(party), Role.PARTY_DESK);
    }

    private static Account account(PartyId party, Role role) {
        return scenario.accounts().stream().map(DemoAccount::account).filter(a -> a.party().equals(party) && a.role() == role)
                .findFirst().orElseThrow();
    }
}
