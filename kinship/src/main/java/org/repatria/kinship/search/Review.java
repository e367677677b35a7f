package org.repatria.kinship.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search rows regrouped for review: for each missing person the remains above the threshold, best
 * first; remains above it for more than one missing person; missing persons with more than one remains.
 */
public record Review(Map<Target, List<Match>> byMissing, List<String> remainsMatchingSeveral, List<Target> missingMatchedSeveral) {

    public static Review of(List<Match> matches, double minLog10Lr) {
        Map<Target, List<Match>> byMissing = new LinkedHashMap<>();
        Map<String, Integer> perRemains = new LinkedHashMap<>();
        for (Match m : matches) {
            if (m.log10Lr() >= minLog10Lr) {
                byMissing.computeIfAbsent(new Target(m.familyId(), m.missingId()), t -> new ArrayList<>()).add(m);
                perRemains.merge(m.remainsId(), 1, Integer::sum);
            }
        }
        byMissing.values().forEach(l -> l.sort(Comparator.comparingDouble(Match::log10Lr).reversed()));
        List<String> several = perRemains.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        List<Target> contested = byMissing.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        return new Review(Map.copyOf(byMissing), several, contested);
    }
}
