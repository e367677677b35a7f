package org.repatria.server.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.handover.Crossed;
import org.repatria.core.handover.Delivered;
import org.repatria.core.handover.Discrepancy;
import org.repatria.core.handover.Manifest;
import org.repatria.core.handover.Presented;
import org.repatria.core.handover.Reconciliation;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.PlanningException;
import org.repatria.core.tranche.Tranche;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.exchange.TrancheMessages.DiscrepancyReply;
import org.repatria.server.exchange.TrancheMessages.HandoverReply;
import org.repatria.server.exchange.TrancheMessages.HandoverRequest;
import org.repatria.server.exchange.TrancheMessages.ManifestLine;
import org.repatria.server.exchange.TrancheMessages.ManifestReply;
import org.repatria.server.exchange.TrancheMessages.PresentedRequest;
import org.repatria.store.Store;
import org.repatria.store.exchange.HandoverCheck;

/**
 * The handover check at the crossing: the handing side records what it presented against its manifest of the tranche
 * in force; the matcher's reconciliation says who crossed and every discrepancy, which is recorded, never dropped. A
 * person handed over in an earlier tranche, or someone not on the manifest, is a discrepancy, not a second handover.
 * Each side records a tranche once (decision 0136, one recording per crossing): its absentees are final with it, and
 * anything presented later goes through a dispute of the act.
 */
final class HandoverChecks {
    private final Store store;
    private final AgreementAccess agreements;
    private final Lifecycle lifecycle;
    private final Clock clock;
    private final CrossingNameComparison names = new CrossingNameComparison();

    HandoverChecks(Store store, AgreementAccess agreements, Lifecycle lifecycle, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    HandoverReply record(Account caller, String id, int number, HandoverRequest request) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, caller, id);
        Tranche tranche = tranche(PlanVersions.requireInForce(store, loaded), number);
        PartyId from = side(loaded, request.from());
        if (!caller.party().equals(from)) {
            throw HttpProblem.forbidden("the side handing persons over (" + from + ") records what it presented; you work for "
                    + caller.party());
        }
        if (!store.exchanges().signatures(id, HandoverActs.subject(number)).isEmpty()) {
            throw HttpProblem.conflict("crossing_fixed", "the act of tranche " + number + " is being signed, so what crossed is"
                    + " fixed; record anything more as a dispute document");
        }
        refuseSecondRecording(id, number, from);
        List<PresentedRequest> lines = Optional.ofNullable(request.presented()).orElse(List.of());
        if (lines.isEmpty()) {
            throw HttpProblem.invalid("presented", "list what was presented, at least one person or body");
        }
        List<Presented> presented = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            presented.add(PresentedCodec.of(lines.get(i), "presented[" + i + "]"));
        }
        Manifest manifest = Manifest.of(loaded.agreement().id(), tranche, from, loaded.agreement().counterpart(from));
        Reconciliation rec = Reconciliation.of(manifest, presented, names, delivered(loaded, number, true));
        Instant now = clock.instant();
        Recorded out = new Recorded(number, from, caller, now);
        MoveBatch batch = new MoveBatch(loaded.replayed().stored(), loaded.states(), lifecycle, now);
        for (Crossed c : rec.crossed()) {
            c.presented().forEach(p -> out.check(Optional.of(c.nominee().person()), p, "HANDED_OVER"));
            batch.move(c.nominee(), PersonState.HANDED_OVER, caller, ServerNote.HANDED_OVER.write(number));
        }
        rec.discrepancies().forEach(out::discrepancy);
        Refusals.translate(() -> store.exchanges().recordHandover(id, out.checks, out.discrepancies, batch.moves()));
        return new HandoverReply(number, from.value(), rec.crossed().size(), out.discrepancies.stream()
                .map(x -> new DiscrepancyReply(number, x.kind(), x.person().map(p -> p.list().toString()).orElse(""),
                        x.person().map(PersonRef::rowId).orElse(""), x.detail())).toList());
    }

    /**
     * Refuses a side's second recording of a tranche, changing nothing: its first named everyone absent and moved those
     * who crossed, so a second would contradict it (re-posting the same checklist would make everyone a second handover).
     */
    private void refuseSecondRecording(String id, int number, PartyId from) {
        Optional<HandoverCheck> recorded = store.exchanges().checks(id, number).stream()
                .filter(c -> c.party().equals(from)).findFirst();
        if (recorded.isPresent()) {
            throw HttpProblem.conflict("crossing_recorded", "the handover of tranche " + number + " by " + from
                    + " was recorded by " + recorded.get().by() + " at " + recorded.get().at() + "; a side records a tranche"
                    + " once, so record anyone presented later, or a correction, as a dispute document");
        }
    }

    /** The tranche of the plan in force, both directions, each person with their state now: the crossing's checklist. */
    ManifestReply manifest(Account reader, String id, int number) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, reader, id);
        if (!agreements.readsPersons(reader, loaded.replayed().stored())) {
            throw HttpProblem.forbidden("manifests name persons; only the two sides and the mediator see them");
        }
        return manifest(loaded, tranche(PlanVersions.requireInForce(store, loaded), number));
    }

    /** Every tranche of plan {@code number} (in force or not) as manifests: who crosses, both ways, with their state. */
    List<ManifestReply> manifests(Account reader, String id, int number) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, reader, id);
        if (!agreements.readsPersons(reader, loaded.replayed().stored())) {
            throw HttpProblem.forbidden("plans name persons; only the two sides and the mediator see them");
        }
        return PlanVersions.require(store, loaded, number).plan().tranches().stream().map(t -> manifest(loaded, t)).toList();
    }

    private static ManifestReply manifest(AcceptedAgreement loaded, Tranche tranche) {
        List<ManifestLine> lines = tranche.placements().stream().map(p -> {
            Nominee n = p.nominee();
            return new ManifestLine(n.holder().value(), loaded.agreement().counterpart(n.holder()).value(),
                    n.person().list().toString(), n.person().rowId(), n.displayName(), n.serviceNumber(), n.bodyTag(),
                    n.health().token(), p.basis().name().toLowerCase(Locale.ROOT), loaded.states().getOrDefault(n.person(), ""));
        }).toList();
        return new ManifestReply(tranche.number(), tranche.slot().date().toString(), tranche.slot().crossing(), lines);
    }

    /** Each direction of the tranche reconciled over everything presented so far (for the act). */
    List<Reconciliation> directions(AcceptedAgreement loaded, Tranche tranche) {
        List<Reconciliation> out = new ArrayList<>();
        List<HandoverCheck> checks = store.exchanges().checks(loaded.id(), tranche.number());
        List<Delivered> earlier = delivered(loaded, tranche.number(), false);
        for (PartyId from : List.of(loaded.agreement().first(), loaded.agreement().second())) {
            List<Presented> presented = checks.stream().filter(c -> c.party().equals(from))
                    .map(c -> PresentedCodec.decode(c.presented())).toList();
            if (!tranche.nomineesFrom(from).isEmpty() || !presented.isEmpty()) {
                Manifest m = Manifest.of(loaded.agreement().id(), tranche, from, loaded.agreement().counterpart(from));
                out.add(Reconciliation.of(m, presented, names, earlier));
            }
        }
        return out;
    }

    /** Every discrepancy recorded at the crossings; persons and details only for the sides and the mediator. */
    List<DiscrepancyReply> discrepancies(Account reader, String id) {
        ReplayedAgreement replayed = agreements.require(reader, id);
        boolean persons = agreements.readsPersons(reader, replayed.stored());
        return store.exchanges().discrepancies(replayed.id()).stream().map(d -> new DiscrepancyReply(d.tranche(), d.kind(),
                persons ? d.person().map(p -> p.list().toString()).orElse("") : "",
                persons ? d.person().map(p -> p.rowId()).orElse("") : "", persons ? d.detail() : "")).toList();
    }

    static Tranche tranche(PlanVersions.Version v, int number) {
        try {
            return v.plan().tranche(number);
        } catch (PlanningException e) {
            throw HttpProblem.notFound(e.getMessage());
        }
    }

    /** Who was handed over before tranche {@code number} (and in it so far, when {@code including}). */
    private List<Delivered> delivered(AcceptedAgreement loaded, int number, boolean including) {
        List<HandoverCheck> handed = new ArrayList<>();
        for (int t = 1; t <= (including ? number : number - 1); t++) {
            store.exchanges().checks(loaded.id(), t).stream()
                    .filter(c -> c.outcome().equals("HANDED_OVER") && c.person().isPresent()).forEach(handed::add);
        }
        // Only the persons handed over so far are made nominees: before the first crossing nobody's row is read.
        Map<PersonRef, Nominee> nominees = handed.isEmpty() ? Map.of()
                : loaded.nominees(handed.stream().map(c -> c.person().orElseThrow()).toList());
        List<Delivered> out = new ArrayList<>();
        for (HandoverCheck c : handed) {
            if (nominees.containsKey(c.person().get())) {
                out.add(new Delivered(nominees.get(c.person().get()), c.tranche()));
            }
        }
        return out;
    }

    private static PartyId side(AcceptedAgreement loaded, String raw) {
        try {
            PartyId p = PartyId.of(raw);
            if (loaded.agreement().isParty(p)) {
                return p;
            }
        } catch (IllegalArgumentException e) {
            // Reported below with the sides that are allowed.
        }
        throw HttpProblem.invalid("from", "name the side handing over: " + loaded.agreement().first() + " or "
                + loaded.agreement().second());
    }

    /** The rows one check writes. */
    private static final class Recorded {
        final List<HandoverCheck> checks = new ArrayList<>();
        final List<org.repatria.store.exchange.Discrepancy> discrepancies = new ArrayList<>();
        private final int tranche;
        private final PartyId from;
        private final Account by;
        private final Instant at;

        Recorded(int tranche, PartyId from, Account by, Instant at) {
            this.tranche = tranche;
            this.from = from;
            this.by = by;
            this.at = at;
        }

        void check(Optional<PersonRef> person, Presented p, String outcome) {
            checks.add(new HandoverCheck(tranche, from, person, PresentedCodec.encode(p), outcome, PresentedCodec.words(p),
                    by.username(), at));
        }

        void discrepancy(Discrepancy d) {
            Optional<PersonRef> person = Discrepancies.person(d);
            Discrepancies.presented(d).ifPresent(p -> check(person, p, Discrepancies.kind(d)));
            discrepancies.add(new org.repatria.store.exchange.Discrepancy(tranche, Discrepancies.kind(d), person,
                    d.describe(), at));
        }
    }
}
