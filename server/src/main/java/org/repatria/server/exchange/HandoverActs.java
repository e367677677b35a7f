package org.repatria.server.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.count.CountSection;
import org.repatria.core.count.Tally;
import org.repatria.core.document.DocumentType;
import org.repatria.core.handover.ActLanguage;
import org.repatria.core.handover.ActLine;
import org.repatria.core.handover.Crossed;
import org.repatria.core.handover.HandoverAct;
import org.repatria.core.handover.Reconciliation;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.Tranche;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.TrancheMessages.ActReply;
import org.repatria.store.Store;
import org.repatria.store.exchange.StoredAct;
import org.repatria.store.exchange.StoredMove;

/**
 * A tranche's handover act: core's canonical bilingual text of what actually crossed, from the recorded checks; each
 * side signs it as a handover-act document (receiving, by that signature, the persons handed to it), the mediator
 * relays both; the second signature stores the act.
 */
final class HandoverActs {
    private final Store store;
    private final AgreementAccess agreements;
    private final HandoverChecks crossing;
    private final CosignedTexts cosigned;
    private final TrancheCounts counts;
    private final Lifecycle lifecycle;
    private final Clock clock;

    HandoverActs(Store store, AgreementAccess agreements, HandoverChecks crossing, CosignedTexts cosigned,
                 TrancheCounts counts, Lifecycle lifecycle, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.crossing = crossing;
        this.cosigned = cosigned;
        this.counts = counts;
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
        return new ActReply(number, text, anchor, cosigned.signatures(id, subject(number)), stored.isPresent()
                && cosigned.complete(id, subject(number)), stored.map(StoredAct::envelopeId).orElse(""));
    }

    /** The act as printed (docs/decisions/0177): its reply, its lines in three languages, and how many persons crossed. */
    record Printed(ActReply reply, List<ActLine> lines, int persons) {
    }

    /**
     * The act as {@code reader} may read it, for print: the lines of its text, each also in English, Ukrainian and
     * Russian alone. Lines of the stored text this server would not write now (the counts' section as it was when the
     * act was signed, an act signed in an older text) print as they are, across the three columns.
     */
    Printed printed(Account reader, String id, int number) {
        ActReply reply = show(reader, id, number);
        Draft draft = draft(AcceptedAgreement.of(store, agreements, reader, id), number);
        HandoverAct act = draft.act();
        List<ActLine> lines = new ArrayList<>(act.lines(language(act.agreement())));
        lines.addAll(draft.counts());
        String prefix = joined(lines);
        List<ActLine> printed = reply.text().startsWith(prefix) ? lines : List.of();
        return new Printed(reply, Stream.concat(printed.stream(), reply.text().substring(
                printed.isEmpty() ? 0 : prefix.length()).lines().map(l -> new ActLine(l, l, l, l))).toList(),
                act.directions().stream().mapToInt(r -> r.crossed().size()).sum());
    }

    private static String joined(List<ActLine> lines) {
        return String.join("", lines.stream().map(l -> l.signed() + "\n").toList());
    }

    /** The act as the caller's side signs it now; empty while the first signature waits for the mediator's relay. */
    Optional<Exchange.TextToSign> toSign(Account caller, String id, int number) {
        ActReply act = show(caller, id, number);
        PartyId to = agreements.require(caller, id).stored().counterpart(caller.party());
        return cosigned.answers(id, subject(number), act.anchor()).map(answers -> new Exchange.TextToSign(
                DocumentType.HANDOVER_ACT, to, answers, act.text().getBytes(StandardCharsets.UTF_8)));
    }

    // Two sides signing at once cannot both sign as the first: the database refuses the second (docs/decisions/0119).
    /** Signs the act for the caller's side with {@code key}; by that signature the side receives the persons handed to it. */
    ActReply sign(Account caller, String id, int number, SigningKey key) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, caller, id);
        agreements.requireSide(caller, id);
        if (stored(id, number).isPresent()) {
            throw HttpProblem.conflict("signed_already", "the act of tranche " + number + " is signed by both sides already");
        }
        Draft draft = draft(loaded, number);
        String anchor = PlanVersions.requireInForce(store, loaded).stored().envelopeId().orElseThrow();
        cosigned.sign(caller, loaded.replayed(), new CosignedTexts.Cosignature(subject(number), draft.text(),
                DocumentType.HANDOVER_ACT, anchor, key, received(caller, loaded, draft, number), OptionalInt.of(number)));
        return show(caller, id, number);
    }

    /** The moves of the persons handed to the caller's side in this tranche, from handed over to received. */
    private List<StoredMove> received(Account caller, AcceptedAgreement loaded, Draft draft, int number) {
        MoveBatch batch = new MoveBatch(loaded.replayed().stored(), loaded.states(), lifecycle, clock.instant());
        for (Reconciliation r : draft.act().directions()) {
            if (r.manifest().to().equals(caller.party())) {
                for (Crossed c : r.crossed()) {
                    if (batch.state(c.nominee().person()).orElse(PersonState.IN_TRANCHE) == PersonState.HANDED_OVER) {
                        batch.move(c.nominee(), PersonState.RECEIVED, caller, ServerNote.RECEIVED.write(number));
                    }
                }
            }
        }
        return batch.moves();
    }

    static String subject(int tranche) {
        return "act " + tranche;
    }

    private Optional<StoredAct> stored(String id, int number) {
        return store.exchanges().acts(id).stream().filter(a -> a.tranche() == number).findFirst();
    }

    /** The act, its text to sign, and the lines of its count section as printed (empty without counts). */
    private record Draft(HandoverAct act, byte[] text, List<ActLine> counts) {
    }

    private Draft draft(AcceptedAgreement loaded, int number) {
        Tranche tranche = HandoverChecks.tranche(PlanVersions.requireInForce(store, loaded), number);
        if (store.exchanges().checks(loaded.id(), number).isEmpty()) {
            throw HttpProblem.conflict("nothing_recorded", "nothing was recorded at the crossing for tranche " + number
                    + " yet; record the handover first");
        }
        HandoverAct act = HandoverAct.of(loaded.agreement(), tranche, crossing.directions(loaded, tranche));
        byte[] text = act.text(language(loaded.agreement()));
        List<ActLine> counted = List.of();
        if (loaded.agreement().kind() == AgreementKind.REMAINS) {
            // The tranche's counts so far, a self-contained section after the act's own lines (docs/decisions/0172).
            Tally.Line line = counts.line(loaded, number);
            byte[] section = CountSection.render(line, language(loaded.agreement()));
            byte[] both = java.util.Arrays.copyOf(text, text.length + section.length);
            System.arraycopy(section, 0, both, text.length, section.length);
            text = both;
            counted = CountSection.lines(line, language(loaded.agreement()));
        }
        return new Draft(act, text, counted);
    }

    /** English beside Ukrainian when Ukraine is a side, else beside Russian (docs/decisions/0111). */
    static ActLanguage language(Agreement agreement) {
        PartyId ua = new PartyId("ua");
        return agreement.isParty(ua) || !agreement.isParty(new PartyId("ru")) ? ActLanguage.UK : ActLanguage.RU;
    }
}
