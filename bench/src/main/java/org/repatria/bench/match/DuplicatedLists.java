package org.repatria.bench.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.repatria.match.PersonRecord;

/**
 * Two lists that name some people twice, with the truth as person ids (issue 14): a Ukrainian list (its rows in
 * Ukrainian Cyrillic, copied from records: half the right list's rates of slips and gaps) against a right list written in Russian Cyrillic and in Latin (passport KMU 2010, BGN/PCGN,
 * Polish-style, loose English), each holding {@code persons} people, {@code overlap} of them shared; in each list
 * 5–10% of its people are written a second time with their own noise (another script or romanisation, the full
 * rates of slips, gaps and shifted dates). Independent of {@link SyntheticLists} and of the matcher: own names table, schemes, rates.
 */
record DuplicatedLists(List<PersonRecord> left, List<PersonRecord> right, Map<String, Integer> person) {

    static DuplicatedLists generate(int persons, double overlap, long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int shared = (int) Math.round(persons * overlap);
        List<Roster.Person> people = new Roster().draw(persons * 2 - shared, rng);
        List<Roster.Person> leftPeople = people.subList(0, persons);
        List<Roster.Person> rightPeople = new ArrayList<>(people.subList(0, shared));
        rightPeople.addAll(people.subList(persons, people.size()));
        Map<String, Integer> person = new HashMap<>();
        Scribe scribe = new Scribe();
        List<PersonRecord> left = list("U", leftPeople, 0.05 + 0.05 * rng.nextDouble(), true, scribe, person, rng, seed);
        List<PersonRecord> right = list("R", rightPeople, 0.05 + 0.05 * rng.nextDouble(), false, scribe, person, rng,
                seed + 1);
        return new DuplicatedLists(left, right, Map.copyOf(person));
    }

    /** Rows for {@code people}, a share {@code twice} of them written a second time in another hand; shuffled. */
    private static List<PersonRecord> list(String prefix, List<Roster.Person> people, double twice, boolean ukrainian,
                                           Scribe scribe, Map<String, Integer> person, SplittableRandom rng, long seed) {
        List<Object[]> rows = new ArrayList<>();
        for (Roster.Person p : people) {
            Scribe.Hand first = ukrainian ? Scribe.Hand.UKRAINIAN : rightHand(rng);
            rows.add(new Object[] {p, first, ukrainian ? 0.5 : 1.0});
            if (rng.nextDouble() < twice) {
                Scribe.Hand second;
                do {
                    second = ukrainian ? (rng.nextDouble() < 0.5 ? Scribe.Hand.RUSSIAN : rng.nextDouble() < 0.5
                            ? Scribe.Hand.LATIN_FROM_UKRAINIAN : Scribe.Hand.UKRAINIAN) : rightHand(rng);
                } while (second == first && rng.nextDouble() < 0.7);
                rows.add(new Object[] {p, second, 1.0});
            }
        }
        Collections.shuffle(rows, new Random(seed));
        List<PersonRecord> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Roster.Person p = (Roster.Person) row[0];
            String id = String.format(Locale.ROOT, "%s%07d", prefix, out.size() + 1);
            out.add(scribe.write(id, p, (Scribe.Hand) row[1], (double) row[2], rng));
            person.put(id, p.id());
        }
        return out;
    }

    private static Scribe.Hand rightHand(SplittableRandom rng) {
        double x = rng.nextDouble();
        return x < 0.45 ? Scribe.Hand.RUSSIAN : x < 0.75 ? Scribe.Hand.LATIN_FROM_UKRAINIAN : Scribe.Hand.LATIN_FROM_RUSSIAN;
    }

    /** The number of true row pairs: for each person on both sides, left rows × right rows. */
    long truePairs() {
        Map<Integer, Integer> leftRows = new HashMap<>();
        left.forEach(r -> leftRows.merge(person.get(r.id()), 1, Integer::sum));
        return right.stream().mapToLong(r -> leftRows.getOrDefault(person.get(r.id()), 0)).sum();
    }

    /** Whether a left and a right row are the same person. */
    boolean same(String leftId, String rightId) {
        return person.get(leftId).equals(person.get(rightId));
    }
}
