package org.repatria.server.today;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.repatria.core.tranche.PlanText;
import org.repatria.core.tranche.PlanningException;
import org.repatria.core.tranche.Tranche;
import org.repatria.store.Store;
import org.repatria.store.exchange.OpenState;
import org.repatria.store.exchange.StoredPlan;

/**
 * Each tranche's day in an agreement's plan in force (its deadline, docs/decisions/0179), read and parsed once per
 * plan: a stored plan's text never changes, and the plan in force is known from the agreement's state without reading
 * it, unless a newer plan waits for its signatures.
 */
final class TrancheDays {
    /** At most this many plans' days are kept; past it the cache starts afresh (a plan's days are a few dozen bytes). */
    static final int MAX_PLANS = 10_000;
    private final Store store;
    private final Map<String, SortedMap<Integer, LocalDate>> byPlan = new ConcurrentHashMap<>();

    TrancheDays(Store store) {
        this.store = store;
    }

    /** The days of the plan in force's tranches, by number; none when no plan is in force. */
    SortedMap<Integer, LocalDate> trancheDays(OpenState s) {
        if (s.latestInForce() && s.latestPlan().isPresent()) {
            SortedMap<Integer, LocalDate> known = byPlan.get(key(s.agreementId(), s.latestPlan().getAsInt()));
            if (known != null) {
                return known;
            }
        }
        Optional<StoredPlan> inForce = store.exchanges().planInForce(s.agreementId());
        if (inForce.isEmpty()) {
            return new TreeMap<>();
        }
        if (byPlan.size() >= MAX_PLANS) {
            byPlan.clear();
        }
        return byPlan.computeIfAbsent(key(s.agreementId(), inForce.get().number()), k -> days(inForce.get()));
    }

    private static SortedMap<Integer, LocalDate> days(StoredPlan plan) {
        SortedMap<Integer, LocalDate> out = new TreeMap<>();
        try {
            for (Tranche t : PlanText.parse(plan.text().getBytes(StandardCharsets.UTF_8)).tranches()) {
                out.put(t.number(), t.slot().date());
            }
        } catch (PlanningException | IllegalArgumentException unreadable) { // stored before plans took core's text
            return new TreeMap<>();
        }
        return out;
    }

    private static String key(String agreement, int plan) {
        return agreement + "\n" + plan;
    }
}
