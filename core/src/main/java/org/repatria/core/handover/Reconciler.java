package org.repatria.core.handover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.person.Category;

/** Works through what was presented, in order, against a manifest and the earlier deliveries. */
final class Reconciler {
    private final Manifest manifest;
    private final NameComparison names;
    private final Index onManifest;
    private final Index delivered;
    private final Map<PersonRef, Integer> deliveredIn = new HashMap<>();
    private final Map<PersonRef, List<Presented>> parts = new LinkedHashMap<>();
    private final Map<PersonRef, MatchedBy> how = new HashMap<>();
    private final Set<PersonRef> accounted = new HashSet<>();
    private final List<Discrepancy> found = new ArrayList<>();

    private Reconciler(Manifest manifest, NameComparison names, List<Delivered> earlier) {
        this.manifest = manifest;
        this.names = names;
        this.onManifest = new Index(manifest.people());
        this.delivered = new Index(earlier.stream().map(Delivered::nominee).toList());
        earlier.forEach(d -> deliveredIn.putIfAbsent(d.nominee().person(), d.tranche()));
    }

    static Reconciliation reconcile(Manifest manifest, List<Presented> presented, NameComparison names, List<Delivered> earlier) {
        Reconciler r = new Reconciler(manifest, names, earlier);
        presented.forEach(r::one);
        return r.result();
    }

    private void one(Presented p) {
        if (p.forces().isPresent() && !p.forces().get().equals(manifest.to())) {
            found.add(new Discrepancy.ForeignRemains(p, p.forces().get()));
            return;
        }
        Optional<Index.Hit> hit = onManifest.find(p, names, accounted);
        if (hit.isEmpty()) {
            Optional<Index.Hit> before = delivered.find(p, names, Set.of());
            found.add(before.map(b -> again(b.nominee(), p)).orElse(new Discrepancy.NotOnManifest(p)));
            return;
        }
        Nominee n = hit.get().nominee();
        boolean byNumber = hit.get().by() != MatchedBy.NAME;
        if (byNumber && !p.name().isEmpty() && !n.displayName().isEmpty() && !names.samePerson(n.displayName(), p.name())) {
            accounted.add(n.person());
            found.add(new Discrepancy.Substitution(n, p));
        } else if (deliveredIn.containsKey(n.person())) {
            accounted.add(n.person());
            found.add(again(n, p));
        } else if (p.interview() == Interview.REFUSES) {
            accounted.add(n.person());
            found.add(new Discrepancy.Refused(n, p));
        } else if (parts.containsKey(n.person()) && !isRemains(n)) {
            found.add(new Discrepancy.SecondHandover(n, p, manifest.tranche()));
        } else {
            accounted.add(n.person());
            parts.computeIfAbsent(n.person(), k -> new ArrayList<>()).add(p);
            how.putIfAbsent(n.person(), hit.get().by());
        }
    }

    /** A person delivered before: a second handover of the living, a further part of remains. */
    private Discrepancy again(Nominee n, Presented p) {
        int tranche = deliveredIn.getOrDefault(n.person(), manifest.tranche());
        return isRemains(n) ? new Discrepancy.SplitRemains(n, List.of(p), List.of(tranche))
                : new Discrepancy.SecondHandover(n, p, tranche);
    }

    private static boolean isRemains(Nominee n) {
        return n.category() == Category.REMAINS;
    }

    private Reconciliation result() {
        List<Crossed> crossed = new ArrayList<>();
        for (Nominee n : manifest.people()) {
            List<Presented> bags = parts.get(n.person());
            if (bags != null) {
                crossed.add(new Crossed(n, bags, how.get(n.person())));
                if (bags.size() > 1) {
                    found.add(new Discrepancy.SplitRemains(n, bags, List.of()));
                }
            } else if (!accounted.contains(n.person())) {
                found.add(new Discrepancy.Absent(n));
            }
        }
        return new Reconciliation(manifest, crossed, found);
    }
}
