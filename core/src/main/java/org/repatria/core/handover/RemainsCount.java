package org.repatria.core.handover;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.repatria.core.agreement.PersonRef;

/**
 * Remains counted three ways, which differ when a person lies in several bags or a bag holds several people:
 * {@code persons} is the number of distinct persons the bags are known to hold (a person found in three bags counts
 * once; a bag whose samples were identified as two persons counts both; a bag with nothing known of whom it holds —
 * no label, no identification — counts no person), {@code bags} the number of body bags, {@code samples} the number of
 * samples taken from them. Persons do not add up across counts (the same person may be in both): count the union of
 * the bags again with {@link #of} for a running total; bags and samples do.
 */
public record RemainsCount(int persons, int bags, int samples) {
    /** Nothing counted. */
    public static final RemainsCount NONE = new RemainsCount(0, 0, 0);

    public RemainsCount {
        if (persons < 0 || bags < 0 || samples < 0) {
            throw new HandoverException("a count of remains is never negative: persons " + persons + ", bags " + bags
                    + ", samples " + samples);
        }
    }

    /** The count of the given bags: each bag once, each of its samples once, each person once over all of them. */
    public static RemainsCount of(Collection<BagContents> bags) {
        Set<PersonRef> persons = new HashSet<>();
        int samples = 0;
        for (BagContents b : bags) {
            persons.addAll(b.persons());
            samples += b.samples().size();
        }
        return new RemainsCount(persons.size(), bags.size(), samples);
    }

    /** In one English line: "6,057 persons in 6,060 bags, 6,075 samples". */
    public String describe() {
        return String.format(Locale.ROOT, "%,d persons in %,d bags, %,d samples", persons, bags, samples);
    }
}
