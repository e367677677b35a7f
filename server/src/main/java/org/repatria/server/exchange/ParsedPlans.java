package org.repatria.server.exchange;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.repatria.core.tranche.Plan;
import org.repatria.core.tranche.PlanText;

/**
 * The last few plan texts parsed, each with its plan: core's parse is a function of the text, and a plan (immutable) is
 * read on nearly every exchange step, so a text seen again is not parsed again. Keyed by the whole text, never by a
 * number or id, so a different text is always parsed afresh.
 */
final class ParsedPlans {
    private final Map<String, Plan> recent;

    /** Keeps the {@code size} texts used last. */
    ParsedPlans(int size) {
        this.recent = new LinkedHashMap<>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Plan> eldest) {
                return size() > size;
            }
        };
    }

    /** The plan {@code text} writes; {@link org.repatria.core.tranche.PlanningException} when it is not a canonical plan. */
    Plan parse(String text) {
        synchronized (recent) {
            Plan known = recent.get(text);
            if (known != null) {
                return known;
            }
        }
        Plan plan = PlanText.parse(text.getBytes(StandardCharsets.UTF_8));
        synchronized (recent) {
            recent.put(text, plan);
        }
        return plan;
    }
}
