package org.repatria.server.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.document.DocumentType;
import org.repatria.core.handover.ActLanguage;
import org.repatria.core.handover.Crossed;
import org.repatria.core.handover.HandoverAct;
import org.repatria.core.handover.Reconciliation;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.Tranche;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.TrancheMessages.ActReply;
import org.repatria.server.log.LogMessages;
import org.repatria.store.Store;
import org.repatria.store.exchange.StoredAct;

/**
 * A tranche's handover act: core's canonical bilingual text of what actually crossed, from the recorded checks; each
 * side signs it as a handover-act document (receiving, by that signature, the persons handed to it), the mediator
 * relays both; the second signature stores the act.
 */
final class HandoverActs {
    private final Store store;
    private final AgreementAccess agreements;
    private final HandoverChecks crossing;
    private final CosignedTexts cosigning;
    private final Lifecycle lifecycle;
    private final Clock clock;

    HandoverActs(Store store, AgreementAccess agreements, HandoverChecks crossing, CosignedTexts cosigning, Lifecycle lifecycle, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.crossing = crossing;
        this.cosigning = cosigning;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** The act as it stands (its text computed from the checks, or the stored one once both signed). */
    ActReply show(Account reader, String id, int number) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, reader, id);
        Optional<StoredAct> stored = stored(id, number);
        String text = stored.map(StoredAct::text)
                .orElseGet(() -> new String(draft(loaded, number).text(), StandardCharsets.UTF_8));
        String anchor = PlanVersions.requireInForce(store, loaded).stored().envelopeId().orElseThrow();
        return new ActReply(number, text, anchor, cosigning.signatures(id, subject(number)), stored.isPresent()
                && cosigning.complete(id, subject(number)), stored.map(StoredAct::envelopeId).orElse(""));
    }

    ActReply sign(Account caller, String id, int number, LogMessages.Submit body) {
        return sign(caller, id, number, (replayed, text, rows) -> cosigning.sign(caller, replayed, text, body, rows));
    }

    /** Signs for the caller with the key the server holds for its party, if the mediator enabled one. */
    ActReply signWithServerHeldKey(Account caller, String id, int number) {
        return sign(caller, id, number, (replayed, text, rows) -> cosigning.signWithServerHeldKey(caller, replayed, text, rows));
    }

    /** How the caller signs: with a body it signed, or with the key the server holds. */
    @FunctionalInterface
    private interface How {
        void sign(ReplayedAgreement replayed, CosignedTexts.Text text, CosignedTexts.Rows rows);
    }

    // Two sides signing at once cannot both sign as the first: the database refuses the second (docs/decisions/0119).
    private ActReply sign(Account caller, String id, int number, How how) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, caller, id);
        agreements.requireSide(caller, id);
        if (stored(id, number).isPresent()) {
            throw new HttpProblem(409, "conflict", "the act of tranche " + number + " is signed by both sides already",
                    Optional.empty());
        }
        Draft draft = draft(loaded, number);
        String anchor = PlanVersions.requireInForce(store, loaded).stored().envelopeId().orElseThrow();
        MoveBatch batch = new MoveBatch(loaded.replayed().stored(), loaded.states(), lifecycle, clock.instant());
        for (Reconciliation r : draft.act().directions()) {
            if (r.manifest().to().equals(caller.party())) {
                for (Crossed c : r.crossed()) {
                    if (batch.state(c.nominee().person()).orElse(PersonState.IN_TRANCHE) == PersonState.HANDED_OVER) {
                        batch.move(c.nominee(), PersonState.RECEIVED, caller, "received in tranche " + number + " (act signed)");
                    }
                }
            }
        }
        String text = new String(draft.text(), StandardCharsets.UTF_8);
        how.sign(loaded.replayed(), new CosignedTexts.Text(subject(number), draft.text(), DocumentType.HANDOVER_ACT, anchor),
                (s, place) -> place == 1 ? store.exchanges().signature(id, s, place, batch.moves())
                        : store.exchanges().signatureWithAct(id, s, place, new StoredAct(number, s.envelopeId(), text,
                                caller.username(), clock.instant()), batch.moves()));
        return show(caller, id, number);
    }

    static String subject(int tranche) {
        return "act " + tranche;
    }

    private Optional<StoredAct> stored(String id, int number) {
        return store.exchanges().acts(id).stream().filter(a -> a.tranche() == number).findFirst();
    }

    private record Draft(HandoverAct act, byte[] text) {
    }

    private Draft draft(AcceptedAgreement loaded, int number) {
        Tranche tranche = HandoverChecks.tranche(PlanVersions.requireInForce(store, loaded), number);
        if (store.exchanges().checks(loaded.id(), number).isEmpty()) {
            throw new HttpProblem(409, "conflict", "nothing was recorded at the crossing for tranche " + number
                    + " yet; record the handover first", Optional.empty());
        }
        HandoverAct act = HandoverAct.of(loaded.agreement(), tranche, crossing.directions(loaded, tranche));
        return new Draft(act, act.text(language(loaded.agreement())));
    }

    /** English beside Ukrainian when Ukraine is a side, else beside Russian (docs/decisions/0111). */
    static ActLanguage language(Agreement agreement) {
        PartyId ua = new PartyId("ua");
        return agreement.isParty(ua) || !agreement.isParty(new PartyId("ru")) ? ActLanguage.UK : ActLanguage.RU;
    }

    /** Every act of the agreement. */
    List<StoredAct> all(String id) {
        return store.exchanges().acts(id);
    }
}
