package org.repatria.kinship.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.likelihood.DirectMatch;
import org.repatria.kinship.profile.Profile;
import org.repatria.kinship.profile.Remains;

/**
 * Every remains sample against every other (same person against unrelated), to gather the samples of
 * one person found in several bags before the kinship search. Pairs share at least {@code minMarkers}.
 */
public final class DirectMatches {

    private DirectMatches() {
    }

    public static List<SamePerson> find(KinshipData data, double minLog10Lr, double theta, int minMarkers) {
        List<Remains> remains = data.remains();
        List<SamePerson> out = new ArrayList<>();
        for (int i = 0; i < remains.size(); i++) {
            Profile a = data.profiles().get(remains.get(i).sampleId());
            for (int j = i + 1; j < remains.size(); j++) {
                Profile b = data.profiles().get(remains.get(j).sampleId());
                int shared = 0;
                for (Map.Entry<String, ?> e : a.genotypes().entrySet()) {
                    shared += b.genotypes().containsKey(e.getKey()) ? 1 : 0;
                }
                if (shared < minMarkers || remains.get(i).sex().conflictsWith(remains.get(j).sex())) {
                    continue;
                }
                double log10 = Math.log10(DirectMatch.lr(a, b, data.frequencies(), theta));
                if (log10 >= minLog10Lr) {
                    out.add(new SamePerson(a.sampleId(), b.sampleId(), log10, shared));
                }
            }
        }
        return out;
    }
}
