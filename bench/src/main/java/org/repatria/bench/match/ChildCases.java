package org.repatria.bench.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.repatria.match.trace.ChildRecord;

/**
 * Children's cases and the other side's records to search, with the truth: {@code cases} children as their families
 * report them (Ukrainian Cyrillic); 80% of them located, each written once among the candidates as the other side
 * writes a placed child ({@link ChildWriting}: half under a new surname, 40% a new given name, 40% a shifted birth
 * date, half without or with another birth place); beside them, for a fifth of the located, a namesake (same
 * surname and given name, another child), and {@code background} other children. Siblings of a family are cases and
 * candidates alike, so each is the other's decoy. {@code truth} maps a located case's id to its candidate's id.
 */
record ChildCases(List<ChildRecord> cases, List<ChildRecord> candidates, Map<String, String> truth) {
    static final double LOCATED = 0.8;
    static final double NAMESAKES = 0.2;

    static ChildCases generate(int cases, int background, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Family.Draw draw = new Family.Draw();
        ChildWriting writing = new ChildWriting();
        List<Family> sought = draw.children(cases, rng);
        List<ChildRecord> caseRecords = new ArrayList<>(cases);
        List<ChildRecord> candidates = new ArrayList<>();
        Map<String, String> truth = new HashMap<>();
        for (int i = 0; i < sought.size(); i++) {
            Family child = sought.get(i);
            String caseId = id("C", i);
            caseRecords.add(writing.asFamilyGivesIt(caseId, child, rng));
            if (rng.nextDouble() < LOCATED) {
                String candidateId = id("K", candidates.size());
                candidates.add(writing.asPlaced(candidateId, child, rng));
                truth.put(caseId, candidateId);
                if (rng.nextDouble() < NAMESAKES) {
                    candidates.add(writing.asPlaced(id("K", candidates.size()), writing.namesake(child, rng), rng));
                }
            }
        }
        for (Family other : draw.children(background, rng)) {
            candidates.add(writing.asPlaced(id("K", candidates.size()), other, rng));
        }
        Collections.shuffle(candidates, new Random(seed));
        return new ChildCases(caseRecords, candidates, truth);
    }

    private static String id(String prefix, int i) {
        return String.format(Locale.ROOT, "%s%06d", prefix, i + 1);
    }
}
