package org.repatria.server.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.AgreementException;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.handover.Custody;
import org.repatria.core.handover.CustodyStep;
import org.repatria.core.handover.Presented;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.Tranche;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.exchange.TrancheMessages.CustodyReply;
import org.repatria.server.exchange.TrancheMessages.CustodyRequest;
import org.repatria.server.exchange.TrancheMessages.CustodyStepReply;
import org.repatria.store.Store;
import org.repatria.store.exchange.CustodyRecord;
import org.repatria.store.exchange.Discrepancy;
import org.repatria.store.exchange.HandoverCheck;
import org.repatria.store.exchange.Signature;

/**
 * The chain of custody of received remains, bag by bag, through core's {@link Custody}: it starts with the crossing
 * (the handing side's check of the bag, container and wagon) and the receiver's signature on the act, then the
 * receiving side adds stored, sampled, identified or returned. An identification as someone other than the label is
 * recorded as a discrepancy; a nominee identified moves from received to identified.
 */
final class CustodyChains {
    private final Store store;
    private final AgreementAccess agreements;
    private final Lifecycle lifecycle;
    private final Clock clock;

    CustodyChains(Store store, AgreementAccess agreements, Lifecycle lifecycle, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** Where a bag crossed: its tranche, the check, and whom the manifest line it crossed for names. */
    private record Bag(int tranche, HandoverCheck check, Presented presented, PersonRef label) {
    }

    CustodyReply show(Account reader, String id, String tag) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, reader, id);
        requireSide(reader, loaded);
        Bag bag = bag(loaded, tag);
        return reply(bag, chain(loaded, bag));
    }

    CustodyReply record(Account caller, String id, CustodyRequest request) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, caller, id);
        requireSide(caller, loaded);
        Bag bag = bag(loaded, Optional.ofNullable(request.bodyTag()).orElse(""));
        PartyId receiver = loaded.agreement().counterpart(bag.check().party());
        if (!caller.party().equals(receiver)) {
            throw HttpProblem.forbidden("the receiving side (" + receiver + ") keeps the chain of custody of body "
                    + bag.presented().bodyTag());
        }
        Custody chain = chain(loaded, bag);
        CustodyStep.Kind kind = kind(request.kind());
        Instant now = clock.instant();
        CustodyStep step = new CustodyStep(kind, now, caller.party(), request.where(), request.note());
        Optional<PersonRef> identified = kind == CustodyStep.Kind.IDENTIFIED
                ? Optional.of(person(request.identifiedList(), request.identifiedRow())) : Optional.empty();
        Custody next = Refusals.translate(() -> identified.map(p -> chain.identify(p, step)).orElseGet(() -> chain.then(step)));
        MoveBatch batch = new MoveBatch(loaded.replayed().stored(), loaded.states(), lifecycle, now);
        identified.map(p -> loaded.rosters().nominees().get(p))
                .filter(n -> batch.state(n.person()).orElse(PersonState.NOMINATED) == PersonState.RECEIVED)
                .ifPresent(n -> batch.move(n, PersonState.IDENTIFIED, caller, "identified from body " + next.bodyTag()));
        List<Discrepancy> found = next.mislabelled().stream().map(m -> new Discrepancy(bag.tranche(), "MISLABELLED",
                Optional.of(m.labelled()), m.describe(), now)).toList();
        CustodyRecord record = new CustodyRecord(next.bodyTag(), store.exchanges().custody(id, next.bodyTag()).size() + 1,
                kind.name(), caller.party(), step.where(), step.note(), identified, caller.username(), now);
        Refusals.translate(() -> store.exchanges().addCustody(id, record, found, batch.moves()));
        return reply(bag, next);
    }

    /** The chain so far: the crossing, the receiver's signature on the act, and the recorded steps. */
    private Custody chain(AcceptedAgreement loaded, Bag bag) {
        PartyId holder = bag.check().party();
        PartyId receiver = loaded.agreement().counterpart(holder);
        Presented p = bag.presented();
        Custody chain = Custody.open(p.bodyTag(), Optional.of(bag.label())).then(new CustodyStep(CustodyStep.Kind.HANDED_OVER,
                bag.check().at(), holder, ServerNote.BAG.write(p.container(), p.wagon()), ""));
        Optional<Signature> received = store.exchanges().signatures(loaded.id(), HandoverActs.subject(bag.tranche())).stream()
                .filter(s -> s.party().equals(receiver)).findFirst();
        if (received.isEmpty()) {
            return chain;
        }
        chain = chain.then(new CustodyStep(CustodyStep.Kind.RECEIVED, received.get().at(), receiver, "", ServerNote.ACT_SIGNED.write()));
        for (CustodyRecord r : store.exchanges().custody(loaded.id(), p.bodyTag())) {
            CustodyStep step = new CustodyStep(CustodyStep.Kind.valueOf(r.kind()), r.at(), r.party(), r.where(), r.note());
            Custody before = chain;
            chain = r.identifiedAs().map(who -> before.identify(who, step)).orElseGet(() -> before.then(step));
        }
        return chain;
    }

    private Bag bag(AcceptedAgreement loaded, String tag) {
        String wanted = tag.strip();
        for (Tranche t : PlanVersions.requireInForce(store, loaded).plan().tranches()) {
            for (HandoverCheck c : store.exchanges().checks(loaded.id(), t.number())) {
                if (c.outcome().equals("HANDED_OVER") && c.person().isPresent()) {
                    Presented p = PresentedCodec.decode(c.presented());
                    if (!wanted.isEmpty() && p.bodyTag().equals(wanted)) {
                        return new Bag(t.number(), c, p, c.person().get());
                    }
                }
            }
        }
        throw HttpProblem.notFound("no body tagged '" + tag + "' was handed over in agreement " + loaded.id());
    }

    private static void requireSide(Account caller, AcceptedAgreement loaded) {
        if (!loaded.agreement().isParty(caller.party())) {
            throw HttpProblem.forbidden("only the two sides of " + loaded.id() + " keep and read chains of custody");
        }
    }

    private static CustodyStep.Kind kind(String raw) {
        try {
            return CustodyStep.Kind.valueOf((raw == null ? "" : raw).strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("kind", "use stored, sampled, identified or returned");
        }
    }

    private static PersonRef person(String list, String row) {
        try {
            return new PersonRef(ListId.parse(list == null ? "" : list), row == null ? "" : row);
        } catch (IllegalArgumentException | AgreementException e) {
            throw HttpProblem.invalid("identified_list", "an identification names whom: the list id (a UUID) and row");
        }
    }

    private static CustodyReply reply(Bag bag, Custody c) {
        return new CustodyReply(c.bodyTag(), bag.tranche(), bag.label().list().toString(), bag.label().rowId(),
                c.steps().stream().map(s -> new CustodyStepReply(s.kind().name(), s.by().value(), s.where(), s.note(), s.at()))
                        .toList(), c.identifiedAs().map(p -> p.list().toString()).orElse(""),
                c.identifiedAs().map(PersonRef::rowId).orElse(""), c.mislabelled().isPresent());
    }
}
