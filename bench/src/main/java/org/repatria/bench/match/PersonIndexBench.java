package org.repatria.bench.match;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.repatria.match.PersonRecord;
import org.repatria.match.person.Hit;
import org.repatria.match.person.Joined;
import org.repatria.match.person.PersonIndex;
import org.repatria.match.person.RowRef;

/**
 * The person index at scale (issue 14): restores {@code rows} rows (default 1,000,000; the persons as the store
 * would keep them), times {@code search} over a few hundred varied queries written from the true persons (asking for 100 hits) (a name in
 * each script and romanisation, surname alone, surname with year, name with date, military id) with recall in the top
 * 10, then times {@code add} of a new 6,000-row list and scores which person each new row joined. Heap after GC,
 * process CPU time and load average with each figure. Usage: {@code PersonIndexBench [rows] [--queries Q] [--seed S]}.
 */
public final class PersonIndexBench {
    private PersonIndexBench() {
    }

    public static void main(String[] args) {
        int rows = 1_000_000;
        int queries = 300;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> rows = Integer.parseInt(args[i].replace("_", ""));
            }
        }
        long t0 = System.nanoTime();
        IndexedPeople people = IndexedPeople.generate(rows, 1.6, seed);
        System.out.printf(Locale.ROOT, "generated %,d rows of %,d persons in %.1f s%n", rows, people.people().size(),
                (System.nanoTime() - t0) / 1e9);
        Clock build = Clock.start();
        PersonIndex index = restored(people);
        System.out.printf(Locale.ROOT, "restore: %s; heap after GC %,d MiB%n", build.stop(), heapMiB());
        Searched s = search(index, people, queries, seed);
        System.out.printf(Locale.ROOT, "search: %d queries, recall@10 %.3f, median %.1f ms, p95 %.1f ms, max %.1f ms"
                + " (CPU of the searching thread: median %.1f ms, p95 %.1f ms); load %.2f%n", queries, s.recall(),
                s.median(), s.p95(), s.max(), s.cpuMedian(), s.cpuP95(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        s.byKind().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-14s recall@10 %.3f, @100 %.3f (%d queries)%n",
                k, v[0] / v[1], v[2] / v[1], (int) v[1]));
        // The first add after a restart samples u (random pairs' agreement); a second reuses it.
        for (String list : List.of("new", "newer")) {
            IndexedPeople.NewList fresh = IndexedPeople.newList(people, 6000, 0.7, seed + list.length());
            Clock add = Clock.start();
            Joined joined = index.add(list, fresh.rows());
            System.out.printf(Locale.ROOT, "add 6,000 rows (%s) to %,d: %s; %s; heap after GC %,d MiB%n", list,
                    index.size() - 6000, add.stop(), Filed.of(joined, fresh, list, people.people().size()), heapMiB());
        }
    }

    static PersonIndex restored(IndexedPeople people) {
        PersonIndex index = new PersonIndex();
        for (int start = 0; start < people.rows().size(); start += IndexedPeople.LIST_ROWS) {
            int end = Math.min(people.rows().size(), start + IndexedPeople.LIST_ROWS);
            List<Long> persons = new ArrayList<>(end - start);
            for (int r = start; r < end; r++) {
                persons.add(people.who()[r] + 1L);
            }
            index.restore(people.listOf().get(start), people.rows().subList(start, end), persons);
        }
        return index;
    }

    /** Search timings (ms) and recall in the top 10, overall and per kind of query. */
    record Searched(double recall, double median, double p95, double max, double cpuMedian, double cpuP95,
                    Map<String, double[]> byKind) {
    }

    static Searched search(PersonIndex index, IndexedPeople people, int queries, long seed) {
        SplittableRandom rng = new SplittableRandom(seed + 7);
        Writing writing = new Writing();
        double[] ms = new double[queries];
        double[] cpu = new double[queries];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int found = 0;
        Map<String, double[]> byKind = new java.util.TreeMap<>();
        for (int q = 0; q < queries; q++) {
            String kind = new String[] {"name", "given+surname", "surname+year", "name+date", "military id"}[q % 5];
            int row = rng.nextInt(people.rows().size());
            while (kind.equals("military id") && people.rows().get(row).militaryId().isEmpty()) {
                row = rng.nextInt(people.rows().size()); // a military id only finds a person some row gives it for
            }
            int person = people.who()[row];
            Identity who = people.people().get(person);
            PersonRecord w = writing.write("q", who, IndexedPeople.style(rng), 0, rng);
            String text = switch (kind) {
                case "name" -> w.surname() + " " + w.givenName();
                case "given+surname" -> w.givenName() + " " + w.surname();
                case "surname+year" -> w.surname() + " " + who.birthDate().getYear();
                case "name+date" -> w.givenName() + " " + w.surname() + " " + who.birthDate();
                default -> people.rows().get(row).militaryId();
            };
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            List<Hit> hits = index.search(text, PersonIndex.MAX_HITS);
            ms[q] = (System.nanoTime() - t) / 1e6;
            cpu[q] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            int rank = 0;
            while (rank < hits.size() && hits.get(rank).person() != person + 1L) {
                rank++;
            }
            found += rank < 10 ? 1 : 0;
            double[] k = byKind.computeIfAbsent(kind, x -> new double[3]);
            k[0] += rank < 10 ? 1 : 0;
            k[1]++;
            k[2] += rank < hits.size() ? 1 : 0;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        int p95 = (int) Math.ceil(queries * 0.95) - 1;
        return new Searched(found / (double) queries, ms[queries / 2], ms[p95], ms[queries - 1], cpu[queries / 2],
                cpu[p95], byKind);
    }

    /** How the new rows were filed: joined their true person, joined another held one, or (new persons) joined one. */
    record Filed(int known, int joinedTrue, int joinedWrong, int strangers, int strangersJoined) {
        static Filed of(Joined joined, IndexedPeople.NewList fresh, String list, long heldPersons) {
            int known = 0;
            int right = 0;
            int wrong = 0;
            int strangers = 0;
            int strangersJoined = 0;
            for (int i = 0; i < fresh.rows().size(); i++) {
                long p = joined.personOfNewRow().get(new RowRef(list, fresh.rows().get(i).id()));
                if (fresh.who()[i] >= 0) {
                    known++;
                    right += p == fresh.who()[i] + 1L ? 1 : 0;
                    wrong += p != fresh.who()[i] + 1L && p <= heldPersons ? 1 : 0;
                } else {
                    strangers++;
                    strangersJoined += p <= heldPersons ? 1 : 0;
                }
            }
            return new Filed(known, right, wrong, strangers, strangersJoined);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "rows of held persons %d: joined the true person %.3f, another %.3f;"
                    + " rows of new persons %d: joined a held person %.3f", known, joinedTrue / (double) known,
                    joinedWrong / (double) known, strangers, strangersJoined / (double) Math.max(1, strangers));
        }
    }

    static long heapMiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    /** Wall and process CPU time of a step, and the load average when it ended. */
    record Clock(long wallStart, long cpuStart) {
        static Clock start() {
            return new Clock(System.nanoTime(), cpu());
        }

        String stop() {
            return String.format(Locale.ROOT, "%.2f s wall, %.2f s CPU, load %.2f", (System.nanoTime() - wallStart) / 1e9,
                    (cpu() - cpuStart) / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }
}
