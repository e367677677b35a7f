package org.repatria.match.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    }

    /** The share of people whose surname is the more common of the two. */
    public double surname(Name a, Name b) {
        return Math.max(share(surnames, surnameTerm(a), surnameTotal), share(surnames, surnameTerm(b), surnameTotal));
    }

    /** The share of people whose given name is the more common of the two. */
    public double givenName(Name a, Name b) {
        return Math.max(share(givenNames, givenTerm(a), givenTotal), share(givenNames, givenTerm(b), givenTotal));
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
