package org.repatria.bench.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repatria.match.Link;
import org.repatria.match.Linkage;
import org.repatria.match.Matcher;
import org.repatria.match.PersonRecord;
import org.repatria.match.Settings;
import org.repatria.match.trace.Candidate;
import org.repatria.match.trace.ChildRecord;
import org.repatria.match.trace.ChildSearch;

/**
 * The renamed-child search on generated cases ({@link ChildCases}): recall of the true child at rank 1 and among the
 * top 3, and the precision and recall of what is proposed, for {@link ChildSearch} and, as the baseline, the plain
 * two-list {@link Matcher} on the same records (its ranking by match probability, its proposal its match decision).
 * Times are wall and process CPU seconds, from reading the candidates to the last case.
 * Usage: {@code ChildSearchBench [cases] [--background N] [--seed S]} (defaults 2000 cases, 20000 other children, seed 1).
 */
public final class ChildSearchBench {
    private ChildSearchBench() {
    }

    public static void main(String[] args) {
        int cases = 2000;
        int background = 20_000;
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--background" -> background = Integer.parseInt(args[++i]);
                case "--seed" -> seeds.add(Long.parseLong(args[++i]));
                default -> cases = Integer.parseInt(args[i].replace("_", ""));
            }
        }
        if (seeds.isEmpty()) {
            seeds.add(1L);
        }
        System.out.println(Result.HEADER);
        for (long seed : seeds) {
            ChildCases data = ChildCases.generate(cases, background, seed);
            System.out.println(searched(data).line("child search", seed, data));
            System.out.println(baseline(data).line("two-list matcher", seed, data));
        }
    }

    /** {@link ChildSearch} over the generated candidates, timed from building the index to the last case. */
    static Result searched(ChildCases data) {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        Map<String, List<Candidate>> found = new ChildSearch(data.candidates()).searchAll(data.cases());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        Map<String, List<String>> ranked = new HashMap<>();
        Map<String, List<String>> proposed = new HashMap<>();
        found.forEach((caseId, list) -> {
            ranked.put(caseId, list.stream().map(Candidate::id).toList());
            proposed.put(caseId, list.stream().filter(Candidate::proposed).map(Candidate::id).toList());
        });
        return Result.of(data.truth(), ranked, proposed, seconds, cpuSeconds);
    }

    /** The plain two-list matcher on the same records (patronymic, sex, birth date and place; no parents, no removal). */
    static Result baseline(ChildCases data) {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        Linkage linkage = new Matcher(new Settings(0.5, 0.0, false)).link(person(data.cases()), person(data.candidates()));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        Map<String, List<Link>> byCase = new HashMap<>();
        linkage.links().forEach(l -> byCase.computeIfAbsent(l.leftId(), k -> new ArrayList<>()).add(l));
        Map<String, List<String>> ranked = new HashMap<>();
        Map<String, List<String>> proposed = new HashMap<>();
        byCase.forEach((caseId, links) -> {
            links.sort(Comparator.comparingDouble(Link::probability).reversed());
            ranked.put(caseId, links.stream().map(Link::rightId).toList());
            proposed.put(caseId, links.stream().filter(l -> l.probability() >= 0.5).map(Link::rightId).toList());
        });
        return Result.of(data.truth(), ranked, proposed, seconds, cpuSeconds);
    }

    /** CPU time of the whole process (all threads, the collector's too): wall time says little on a shared machine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static List<PersonRecord> person(List<ChildRecord> records) {
        return records.stream().map(r -> new PersonRecord(r.id(), r.surname(), r.givenName(), r.patronymic(), r.sex(),
                r.birthDate(), r.birthPlace(), "", "")).toList();
    }

    /** The figures of one run. */
    record Result(double recallAt1, double recallAt3, long proposed, long proposedTrue, double proposedRecall,
                  long wrongProposalsForAbsent, double seconds, double cpuSeconds) {
        static final String HEADER = String.format(Locale.ROOT, "%-17s %5s %6s %6s %8s %8s %9s %10s %10s %12s %8s %7s",
                "method", "seed", "cases", "found", "recall@1", "recall@3", "proposed", "precision",
                "prop.recall", "absent-prop.", "seconds", "cpu_s");

        static Result of(Map<String, String> truth, Map<String, List<String>> ranked, Map<String, List<String>> proposed,
                         double seconds, double cpuSeconds) {
            long at1 = 0;
            long at3 = 0;
            long proposedTrue = 0;
            long all = 0;
            long absent = 0;
            for (Map.Entry<String, List<String>> e : proposed.entrySet()) {
                String want = truth.get(e.getKey());
                all += e.getValue().size();
                if (want == null) {
                    absent += e.getValue().size();
                } else if (e.getValue().contains(want)) {
                    proposedTrue++;
                }
            }
            for (Map.Entry<String, String> t : truth.entrySet()) {
                List<String> list = ranked.getOrDefault(t.getKey(), List.of());
                at1 += !list.isEmpty() && list.getFirst().equals(t.getValue()) ? 1 : 0;
                at3 += list.subList(0, Math.min(3, list.size())).contains(t.getValue()) ? 1 : 0;
            }
            double n = Math.max(1, truth.size());
            return new Result(at1 / n, at3 / n, all, proposedTrue, proposedTrue / n, absent, seconds, cpuSeconds);
        }

        double precision() {
            return proposed == 0 ? 1 : proposedTrue / (double) proposed;
        }

        String line(String method, long seed, ChildCases data) {
            return String.format(Locale.ROOT, "%-17s %5d %6d %6d %8.4f %8.4f %9d %10.4f %10.4f %12d %8.1f %7.1f", method, seed,
                    data.cases().size(), data.truth().size(), recallAt1, recallAt3, proposed, precision(), proposedRecall,
                    wrongProposalsForAbsent, seconds, cpuSeconds);
        }
    }
}
