package org.repatria.match.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.repatria.match.compare.Field;
import org.repatria.match.compare.Profile;
import org.repatria.match.name.Name;

/**
 * How common each surname and given name is across both lists, so that agreeing on a rare surname counts for more
 * than agreeing on Шевченко. Names are counted by sound key (given names by equivalence class), so that romanisations
 * and Ukrainian/Russian forms of one name count together.
 */
public final class TermFrequencies {
    private final Map<String, Integer> surnames = new HashMap<>();
    private final Map<String, Integer> givenNames = new HashMap<>();
    private int surnameTotal;
    private int givenTotal;
    private final double surnameCoincidence;
    private final double givenCoincidence;

    /** Counts over all the given lists. */
    public TermFrequencies(List<List<Profile>> lists) {
        for (List<Profile> list : lists) {
            for (Profile p : list) {
                if (!p.surname().missing()) {
                    surnames.merge(surnameTerm(p.surname()), 1, Integer::sum);
                    surnameTotal++;
                }
                if (!p.givenName().missing()) {
                    givenNames.merge(givenTerm(p.givenName()), 1, Integer::sum);
                    givenTotal++;
                }
            }
        }
        surnameCoincidence = coincidence(surnames, Math.max(1, surnameTotal));
        givenCoincidence = coincidence(givenNames, Math.max(1, givenTotal));
    }

    /** As {@link #surname} or {@link #givenName} for the names of {@code field}. */
    public double of(Field field, Profile a, Profile b) {
        return switch (field) {
            case SURNAME -> surname(a.surname(), b.surname());
            case GIVEN_NAME -> givenName(a.givenName(), b.givenName());
            default -> throw new IllegalArgumentException("no term frequencies are counted for " + field);
        };
    }

    /**
     * How much more (or less) likely than average two random people are to share this surname: the share of the
     * more common of the two names over the mean chance of sharing any surname (the sum of squared shares).
     */
    public double surname(Name a, Name b) {
        return Math.max(share(surnames, surnameTerm(a), surnameTotal), share(surnames, surnameTerm(b), surnameTotal))
                / Math.max(1e-12, surnameCoincidence);
    }

    /** As {@link #surname} for given names. */
    public double givenName(Name a, Name b) {
        return Math.max(share(givenNames, givenTerm(a), givenTotal), share(givenNames, givenTerm(b), givenTotal))
                / Math.max(1e-12, givenCoincidence);
    }

    private static double coincidence(Map<String, Integer> counts, int total) {
        double sum = 0;
        for (int c : counts.values()) {
            double f = c / (double) total;
            sum += f * f;
        }
        return sum;
    }

    private static double share(Map<String, Integer> counts, String term, int total) {
        return Math.max(1, counts.getOrDefault(term, 1)) / (double) Math.max(1, total);
    }

    private static String surnameTerm(Name n) {
        return n.keys().isEmpty() ? "" : n.keys().get(0);
    }

    private static String givenTerm(Name n) {
        return !n.equivalence().isEmpty() ? n.equivalence() : n.keys().isEmpty() ? "" : n.keys().get(0);
    }
}
