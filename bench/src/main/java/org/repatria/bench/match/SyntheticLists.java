package org.repatria.bench.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.repatria.match.PersonRecord;

/**
 * Two synthetic lists with ground truth: a left list in Ukrainian Cyrillic (light noise) and a right list holding
 * {@code overlap} of the same people plus others, written 40% in Russian Cyrillic and 60% in Latin (from the
 * Ukrainian or the Russian form, by one of three clerk schemes), with typos, date errors and missing fields.
 */
record SyntheticLists(List<PersonRecord> left, List<PersonRecord> right, Set<String> truth) {

    static SyntheticLists generate(int size, double overlap, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Population population = new Population();
        int shared = (int) Math.round(size * overlap);
        List<Identity> people = population.draw(size * 2 - shared, rng);
        List<Identity> leftPeople = people.subList(0, size);
        List<Identity> rightPeople = new ArrayList<>(people.subList(0, shared));
        rightPeople.addAll(people.subList(size, people.size()));
        Collections.shuffle(rightPeople, new java.util.Random(seed));
        Writing writing = new Writing();
        List<PersonRecord> left = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            left.add(writing.write(id("L", i), leftPeople.get(i), Writing.Style.UKRAINIAN, 0.3, rng));
        }
        java.util.Map<Identity, String> leftId = new java.util.IdentityHashMap<>();
        for (int i = 0; i < shared; i++) {
            leftId.put(leftPeople.get(i), id("L", i));
        }
        List<PersonRecord> right = new ArrayList<>(size);
        Set<String> truth = new HashSet<>();
        for (int i = 0; i < rightPeople.size(); i++) {
            double s = rng.nextDouble();
            Writing.Style style = s < 0.4 ? Writing.Style.RUSSIAN
                    : s < 0.7 ? Writing.Style.LATIN_FROM_UKRAINIAN : Writing.Style.LATIN_FROM_RUSSIAN;
            Identity who = rightPeople.get(i);
            right.add(writing.write(id("R", i), who, style, 1.0, rng));
            String l = leftId.get(who);
            if (l != null) {
                truth.add(l + "," + id("R", i));
            }
        }
        return new SyntheticLists(left, right, truth);
    }

    private static String id(String prefix, int i) {
        return String.format(Locale.ROOT, "%s%07d", prefix, i + 1);
    }
}
