package org.repatria.core.handover;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;

/** Nominees found by service number, by body tag, or by name through the caller's comparison. */
final class Index {
    private final List<Nominee> people;
    private final Map<String, Nominee> byService = new HashMap<>();
    private final Map<String, Nominee> byTag = new HashMap<>();

    /** A nominee found, and how. */
    record Hit(Nominee nominee, MatchedBy by) {
    }

    Index(List<Nominee> people) {
        this.people = people;
        for (Nominee n : people) {
            if (!n.serviceNumber().isEmpty()) {
                byService.putIfAbsent(n.serviceNumber(), n);
            }
            if (!n.bodyTag().isEmpty()) {
                byTag.putIfAbsent(n.bodyTag(), n);
            }
        }
    }

    /** The nominee the presented person or bag is; by name only among those not yet {@code accounted} for. */
    Optional<Hit> find(Presented p, NameComparison names, Set<PersonRef> accounted) {
        Nominee n = byService.get(p.serviceNumber());
        if (n != null && !p.serviceNumber().isEmpty()) {
            return Optional.of(new Hit(n, MatchedBy.SERVICE_NUMBER));
        }
        n = byTag.get(p.bodyTag());
        if (n != null && !p.bodyTag().isEmpty()) {
            return Optional.of(new Hit(n, MatchedBy.BODY_TAG));
        }
        if (p.name().isEmpty()) {
            return Optional.empty();
        }
        return people.stream().filter(c -> !accounted.contains(c.person()) && !c.displayName().isEmpty()
                && names.samePerson(c.displayName(), p.name())).findFirst().map(c -> new Hit(c, MatchedBy.NAME));
    }
}
