package org.repatria.server.exchange;

import java.util.Optional;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.handover.Discrepancy;
import org.repatria.core.handover.Presented;

/** How a core discrepancy is stored: its kind's name, the person it concerns, what was presented for it. */
final class Discrepancies {
    private Discrepancies() {
    }

    static String kind(Discrepancy d) {
        return switch (d) {
            case Discrepancy.NotOnManifest x -> "NOT_ON_MANIFEST";
            case Discrepancy.Absent x -> "ABSENT";
            case Discrepancy.Refused x -> "REFUSED";
            case Discrepancy.Substitution x -> "SUBSTITUTION";
            case Discrepancy.SecondHandover x -> "SECOND_HANDOVER";
            case Discrepancy.SplitRemains x -> "SPLIT_REMAINS";
            case Discrepancy.ForeignRemains x -> "FOREIGN_REMAINS";
            case Discrepancy.Mislabelled x -> "MISLABELLED";
        };
    }

    static Optional<PersonRef> person(Discrepancy d) {
        return switch (d) {
            case Discrepancy.Absent x -> Optional.of(x.nominee().person());
            case Discrepancy.Refused x -> Optional.of(x.nominee().person());
            case Discrepancy.Substitution x -> Optional.of(x.expected().person());
            case Discrepancy.SecondHandover x -> Optional.of(x.nominee().person());
            case Discrepancy.SplitRemains x -> Optional.of(x.nominee().person());
            case Discrepancy.Mislabelled x -> Optional.of(x.labelled());
            case Discrepancy.NotOnManifest x -> Optional.empty();
            case Discrepancy.ForeignRemains x -> Optional.empty();
        };
    }

    /** The presented line a discrepancy stands on, when it is one that was presented and did not cross. */
    static Optional<Presented> presented(Discrepancy d) {
        return switch (d) {
            case Discrepancy.NotOnManifest x -> Optional.of(x.presented());
            case Discrepancy.Refused x -> Optional.of(x.presented());
            case Discrepancy.Substitution x -> Optional.of(x.presented());
            case Discrepancy.SecondHandover x -> Optional.of(x.presented());
            case Discrepancy.ForeignRemains x -> Optional.of(x.presented());
            case Discrepancy.Absent x -> Optional.empty();
            case Discrepancy.SplitRemains x -> Optional.empty();
            case Discrepancy.Mislabelled x -> Optional.empty();
        };
    }
}
