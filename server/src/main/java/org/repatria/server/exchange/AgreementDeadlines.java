package org.repatria.server.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.deadline.Deadline;
import org.repatria.core.deadline.Milestone;
import org.repatria.core.deadline.Progress;
import org.repatria.core.deadline.Timeline;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.Tranche;
import org.repatria.store.Store;
import org.repatria.store.exchange.Signature;
import org.repatria.store.exchange.StoredPlan;

/**
 * An accepted agreement's deadlines on the clock's day in UTC, as the desk's {@code DaysLeft} counts (docs/decisions/0179), read from its record: a side's
 * nominations are met on the day of its first nominee; the plan on the day of the signature that completed the plan
 * in force; a tranche of that plan on the day its act was complete. The tranches' dates are shown only to readers who
 * see the plan (the sides and the mediator); an observer sees nominations, plan and completion.
 */
final class AgreementDeadlines {
    private final Store store;
    private final AgreementAccess agreements;
    private final Clock clock;

    AgreementDeadlines(Store store, AgreementAccess agreements, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** The deadlines of agreement {@code id} the reader may see; none while it is under negotiation. */
    List<Deadline> of(Account reader, String id) {
        ReplayedAgreement replayed = agreements.require(reader, id);
        Optional<Agreement> accepted = replayed.accepted();
        if (accepted.isEmpty()) {
            return List.of();
        }
        List<Deadline> all = Timeline.of(accepted.get(), progress(replayed), day(clock.instant()));
        return agreements.seesPersons(reader, replayed.stored()) ? all
                : all.stream().filter(d -> !(d.milestone() instanceof Milestone.Crossing)).toList();
    }

    private Progress progress(ReplayedAgreement replayed) {
        String id = replayed.id();
        Map<PartyId, LocalDate> nominated = new HashMap<>();
        store.exchanges().firstNominations(id).forEach((side, at) -> nominated.put(side, day(at)));
        Optional<StoredPlan> stored = store.exchanges().planInForce(id);
        if (stored.isEmpty()) {
            return new Progress(nominated, Optional.empty(), new TreeMap<>(), Map.of());
        }
        List<Signature> signed = store.exchanges().signatures(id, "plan " + stored.get().number());
        LocalDate planInForce = day(signed.isEmpty() ? stored.get().at() : signed.getLast().at());
        TreeMap<Integer, LocalDate> tranches = new TreeMap<>();
        for (Tranche t : PlanVersions.parsed(stored.get(), id).tranches()) {
            tranches.put(t.number(), t.slot().date());
        }
        Map<Integer, LocalDate> crossed = new HashMap<>();
        store.exchanges().actTimes(id).forEach((tranche, at) -> crossed.put(tranche, day(at)));
        return new Progress(nominated, Optional.of(planInForce), tranches, crossed);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
