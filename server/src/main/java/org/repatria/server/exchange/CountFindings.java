package org.repatria.server.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.count.BagFinding;
import org.repatria.core.handover.Presented;
import org.repatria.store.Store;
import org.repatria.store.exchange.Discrepancy;
import org.repatria.store.exchange.HandoverCheck;

/**
 * The bags that explain differences between counts, read from what the crossing recorded: a second bag handed over
 * for a person already counted in another (one body in several bags), a manifest line absent (a bag missing), a bag
 * presented on no line or of another side's forces (an extra bag). Samples join when bags hold several.
 */
final class CountFindings {
    private CountFindings() {
    }

    /** The findings of tranche {@code tranche} of agreement {@code id}, in the order the crossing recorded them. */
    static List<BagFinding> of(Store store, String id, int tranche, List<Discrepancy> discrepancies) {
        List<BagFinding> out = new ArrayList<>();
        Map<PersonRef, String> firstBag = new HashMap<>();
        for (HandoverCheck c : store.exchanges().checks(id, tranche)) {
            Presented p = PresentedCodec.decode(c.presented());
            if (p.bodyTag().isEmpty()) {
                continue;
            }
            if (c.outcome().equals("HANDED_OVER") && c.person().isPresent()) {
                String before = firstBag.putIfAbsent(c.person().get(), words(p));
                if (before != null) {
                    out.add(new BagFinding.PartOf(tranche, words(p), before));
                }
            } else if (c.outcome().equals("NOT_ON_MANIFEST") || c.outcome().equals("FOREIGN_REMAINS")) {
                out.add(new BagFinding.Extra(tranche, words(p)));
            }
        }
        discrepancies.stream().filter(d -> d.tranche() == tranche && d.kind().equals("ABSENT") && d.person().isPresent())
                .forEach(d -> out.add(new BagFinding.Missing(tranche, "bag " + d.person().get().rowId())));
        return out;
    }

    /** A bag as the crossing saw it: its tag, container and wagon. */
    private static String words(Presented p) {
        String where = String.join(", ", java.util.stream.Stream.of(p.container(), p.wagon()).filter(s -> !s.isEmpty()).toList());
        return "bag " + p.bodyTag() + (where.isEmpty() ? "" : " (" + where + ")");
    }
}
