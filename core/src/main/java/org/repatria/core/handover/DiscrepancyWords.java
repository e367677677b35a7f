package org.repatria.core.handover;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.repatria.core.agreement.Nominee;

/** The words for discrepancies: a label in the act's languages, then the language-neutral particulars. */
final class DiscrepancyWords {
    private DiscrepancyWords() {
    }

    static String english(Discrepancy d) {
        return label(d, Phrases.EN) + ": " + particulars(d);
    }

    static String label(Discrepancy d, Phrases w) {
        return switch (d) {
            case Discrepancy.NotOnManifest x -> w.notOnManifest();
            case Discrepancy.Absent x -> w.absent();
            case Discrepancy.Refused x -> w.refused();
            case Discrepancy.Substitution x -> w.substitution();
            case Discrepancy.SecondHandover x -> w.secondHandover();
            case Discrepancy.SplitRemains x -> w.splitRemains();
            case Discrepancy.ForeignRemains x -> w.foreignRemains();
            case Discrepancy.Mislabelled x -> w.mislabelled();
        };
    }

    static String particulars(Discrepancy d) {
        return switch (d) {
            case Discrepancy.NotOnManifest x -> presented(x.presented());
            case Discrepancy.Absent x -> nominee(x.nominee());
            case Discrepancy.Refused x -> nominee(x.nominee());
            case Discrepancy.Substitution x -> nominee(x.expected()) + " <- " + presented(x.presented());
            case Discrepancy.SecondHandover x -> nominee(x.nominee()) + " <- " + presented(x.presented())
                    + "; tranche " + x.earlierTranche();
            case Discrepancy.SplitRemains x -> nominee(x.nominee()) + " <- " + join(x.parts(), DiscrepancyWords::presented)
                    + (x.earlierTranches().isEmpty() ? "" : "; tranche " + join(x.earlierTranches(), String::valueOf));
            case Discrepancy.ForeignRemains x -> presented(x.presented()) + "; " + x.forces();
            case Discrepancy.Mislabelled x -> x.bodyTag() + ": " + x.labelled() + " -> " + x.identifiedAs();
        };
    }

    /** A manifest line: name, service number or body tag, and the list reference. */
    static String nominee(Nominee n) {
        List<String> parts = new ArrayList<>();
        if (!n.displayName().isEmpty()) {
            parts.add(n.displayName());
        }
        if (!n.serviceNumber().isEmpty()) {
            parts.add(n.serviceNumber());
        }
        if (!n.bodyTag().isEmpty()) {
            parts.add(n.bodyTag());
        }
        parts.add(n.person().toString());
        return String.join(" | ", parts);
    }

    /** What the border read: name, service number, tag, container, wagon, those given. */
    static String presented(Presented p) {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {p.name(), p.serviceNumber(), p.bodyTag()}) {
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        if (!p.container().isEmpty()) {
            parts.add("container " + p.container());
        }
        if (!p.wagon().isEmpty()) {
            parts.add("wagon " + p.wagon());
        }
        return String.join(" | ", parts);
    }

    private static <T> String join(List<T> items, Function<T, String> text) {
        return items.stream().map(text).collect(Collectors.joining(", "));
    }
}
