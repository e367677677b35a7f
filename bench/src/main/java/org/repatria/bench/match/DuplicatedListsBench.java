package org.repatria.bench.match;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.repatria.match.Link;
import org.repatria.match.Linkage;
import org.repatria.match.Matcher;
import org.repatria.match.Settings;

/**
 * Linkage of {@link DuplicatedLists} with {@link Settings#DEFAULT} (issue 14): precision, recall and F1 of the match
 * lines over true row pairs (any row pair of the same person), the review queue, the share of rows with a counterpart
 * that got a right match line, and wall time. Usage:
 * {@code DuplicatedListsBench [persons...] [--seed S] [--no-one-to-one] [--sample ROWS]} (--sample prints the first
 * rows of each list).
 */
public final class DuplicatedListsBench {
    private DuplicatedListsBench() {
    }

    /** The figures of one linkage. */
    record Result(long rows, long truePairs, long found, long predicted, long queue, double rowsLinked, double seconds) {
        double precision() {
            return predicted == 0 ? 1 : found / (double) predicted;
        }

        double recall() {
            return truePairs == 0 ? 1 : found / (double) truePairs;
        }

        double f1() {
            return 2 * precision() * recall() / Math.max(1e-12, precision() + recall());
        }
    }

    public static void main(String[] args) {
        long seed = 1;
        int sample = 0;
        Settings settings = Settings.DEFAULT;
        List<Integer> sizes = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seed")) {
                seed = Long.parseLong(args[++i]);
            } else if (args[i].equals("--no-one-to-one")) {
                settings = settings.withOneToOne(false);
            } else if (args[i].equals("--sample")) {
                sample = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i].replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes.add(10_000);
        }
        System.out.printf(Locale.ROOT, "%-9s %9s %9s %8s %9s %8s %8s %8s %10s %8s%n", "persons", "rows", "truth", "found",
                "precision", "recall", "F1", "queue", "rows_linked", "link_s");
        for (int size : sizes) {
            DuplicatedLists lists = DuplicatedLists.generate(size, 0.75, seed);
            lists.left().stream().limit(sample).forEach(System.out::println);
            lists.right().stream().limit(sample).forEach(System.out::println);
            Result r = linked(lists, settings);
            System.out.printf(Locale.ROOT, "%-9d %9d %9d %8d %9.4f %8.4f %8.4f %8d %10.4f %8.1f%n", size, r.rows(),
                    r.truePairs(), r.found(), r.precision(), r.recall(), r.f1(), r.queue(), r.rowsLinked(), r.seconds());
        }
    }

    /** Links the lists and scores the match lines against the truth. */
    static Result linked(DuplicatedLists lists, Settings settings) {
        long start = System.nanoTime();
        Linkage linkage = new Matcher(settings).link(lists.left(), lists.right());
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Link> matches = linkage.matches();
        long found = matches.stream().filter(l -> lists.same(l.leftId(), l.rightId())).count();
        Set<Integer> leftPersons = new HashSet<>();
        Set<Integer> rightPersons = new HashSet<>();
        lists.left().forEach(r -> leftPersons.add(lists.person().get(r.id())));
        lists.right().forEach(r -> rightPersons.add(lists.person().get(r.id())));
        Set<String> linkedRows = new HashSet<>();
        matches.stream().filter(l -> lists.same(l.leftId(), l.rightId())).forEach(l -> {
            linkedRows.add(l.leftId());
            linkedRows.add(l.rightId());
        });
        long withCounterpart = lists.left().stream().filter(r -> rightPersons.contains(lists.person().get(r.id()))).count()
                + lists.right().stream().filter(r -> leftPersons.contains(lists.person().get(r.id()))).count();
        return new Result(lists.left().size() + lists.right().size(), lists.truePairs(), found, matches.size(),
                linkage.links().size() - matches.size(), linkedRows.size() / (double) withCounterpart, seconds);
    }
}
