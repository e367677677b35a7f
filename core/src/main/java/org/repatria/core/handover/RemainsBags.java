package org.repatria.core.handover;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.agreement.PersonRef;

/** The body bags a reconciliation saw, each with whom its manifest line names and the samples taken from it. */
final class RemainsBags {
    private RemainsBags() {
    }

    static List<BagContents> of(Reconciliation r, Collection<SampleCustody> samples) {
        Map<String, List<SampleCustody>> byTag = new LinkedHashMap<>();
        samples.forEach(s -> byTag.computeIfAbsent(s.sample().bodyTag(), k -> new ArrayList<>()).add(s));
        List<BagContents> bags = new ArrayList<>();
        Set<String> given = new HashSet<>();
        for (Crossed c : r.crossed()) {
            c.presented().forEach(p -> add(bags, p, Optional.of(c.nominee().person()), byTag, given));
        }
        for (Discrepancy d : r.discrepancies()) {
            switch (d) {
                case Discrepancy.SplitRemains s when !s.earlierTranches().isEmpty() ->
                        s.parts().forEach(p -> add(bags, p, Optional.of(s.nominee().person()), byTag, given));
                case Discrepancy.NotOnManifest n -> add(bags, n.presented(), Optional.empty(), byTag, given);
                case Discrepancy.ForeignRemains f -> add(bags, f.presented(), Optional.empty(), byTag, given);
                case Discrepancy.Substitution s -> add(bags, s.presented(), Optional.empty(), byTag, given);
                default -> {
                }
            }
        }
        return bags;
    }

    // Two bags under one tag (one body in two bags) share the tag's samples: the first bag takes them, so none counts twice.
    private static void add(List<BagContents> bags, Presented p, Optional<PersonRef> label,
                            Map<String, List<SampleCustody>> byTag, Set<String> given) {
        if (p.bodyTag().isEmpty()) {
            return;
        }
        List<SampleCustody> samples = given.add(p.bodyTag()) ? byTag.getOrDefault(p.bodyTag(), List.of()) : List.of();
        bags.add(new BagContents(p.bodyTag(), label, samples));
    }
}
