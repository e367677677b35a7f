package org.repatria.core.handover;

import java.util.List;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.PartyId;

/** A way a handover differs from its manifest, each recorded rather than worked around. */
public sealed interface Discrepancy {

    /** Presented at the crossing but on no line of the manifest. */
    record NotOnManifest(Presented presented) implements Discrepancy {
    }

    /** On the manifest but not presented. */
    record Absent(Nominee nominee) implements Discrepancy {
    }

    /** Presented, but refused repatriation after a private interview. */
    record Refused(Nominee nominee, Presented presented) implements Discrepancy {
    }

    /** Presented under a manifest line's service number or tag, but the name read is someone else's. */
    record Substitution(Nominee expected, Presented presented) implements Discrepancy {
    }

    /** A living person presented who was already handed over in an earlier tranche. */
    record SecondHandover(Nominee nominee, Presented presented, int earlierTranche) implements Discrepancy {
    }

    /** One person's remains in several bags, in this tranche and, when {@code earlierTranches} is not empty, before. */
    record SplitRemains(Nominee nominee, List<Presented> parts, List<Integer> earlierTranches) implements Discrepancy {
        public SplitRemains {
            parts = List.copyOf(parts);
            earlierTranches = List.copyOf(earlierTranches);
        }
    }

    /** Remains of another side's forces (usually the handing-over side's own), mixed in; to be returned later. */
    record ForeignRemains(Presented presented, PartyId forces) implements Discrepancy {
    }

    /** Remains later identified as someone other than their label said. */
    record Mislabelled(String bodyTag, PersonRef labelled, PersonRef identifiedAs) implements Discrepancy {
    }

    /** The discrepancy in one English line, for lists and logs. */
    default String describe() {
        return DiscrepancyWords.english(this);
    }
}
