package org.repatria.server.identification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.pedigree.Member;
import org.repatria.kinship.pedigree.Sex;

/**
 * A pedigree laid out for an inline SVG, generation by generation: squares for males, circles for females,
 * diamonds for unknown sex, filled when genotyped; missing persons marked, the candidate's one emphasized.
 * Partners are joined by a line, their children hang from a bar below it. Members the reader added for a
 * single given parent ({@code child~father}) are not drawn.
 */
public record PedigreeDrawing(int width, int height, List<Node> nodes, List<Line> lines) {
    static final int SIZE = 30;
    private static final int STEP_X = 100;
    private static final int STEP_Y = 90;
    private static final int MARGIN = 40;
    private static final int LABEL = 22;
    private static final int BAR = 14;

    /** One person: centre, shape, and what the reader must see at a glance. */
    public record Node(String id, int x, int y, Sex sex, boolean genotyped, boolean missing, boolean target) {
        public int left() {
            return x - SIZE / 2;
        }

        public int top() {
            return y - SIZE / 2;
        }

        public int size() {
            return SIZE;
        }

        public int radius() {
            return SIZE / 2;
        }

        public int labelY() {
            return y + SIZE / 2 + 16;
        }

        public int markY() {
            return y + 6;
        }

        /** The diamond's corners, for unknown sex. */
        public String diamond() {
            int h = SIZE / 2;
            return String.format(Locale.ROOT, "%d,%d %d,%d %d,%d %d,%d", x, y - h, x + h, y, x, y + h, x - h, y);
        }
    }

    /** One straight segment of the lines between partners and down to their children. */
    public record Line(int x1, int y1, int x2, int y2) {
    }

    /** Lays out {@code family}; {@code targetId} is the missing person of the candidate shown. */
    public static PedigreeDrawing of(Family family, String targetId) {
        int n = family.size();
        int[] generation = new int[n];
        for (int pass = 0; pass < n + 1; pass++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int g = family.father(i) < 0 ? 0 : Math.max(generation[family.father(i)], generation[family.mother(i)]) + 1;
                for (int c = 0; c < n; c++) { // a founder who married in sits beside their partner
                    if (family.father(i) < 0 && (family.father(c) == i || family.mother(c) == i)) {
                        g = Math.max(g, generation[c] - 1);
                    }
                }
                changed |= g != generation[i];
                generation[i] = g;
            }
            if (!changed) {
                break;
            }
        }
        int[] x = new int[n];
        List<List<Integer>> rows = rows(family, generation, x);
        int widest = rows.stream().mapToInt(List::size).max().orElse(1);
        List<Node> nodes = new ArrayList<>();
        int[] y = new int[n];
        for (int g = 0; g < rows.size(); g++) {
            List<Integer> row = rows.get(g);
            int offset = MARGIN + (widest - row.size()) * STEP_X / 2;
            for (int k = 0; k < row.size(); k++) {
                int i = row.get(k);
                x[i] = offset + k * STEP_X;
                y[i] = MARGIN + g * STEP_Y;
                Member m = family.member(i);
                nodes.add(new Node(m.id(), x[i], y[i], m.sex(), m.sampleId().isPresent(), m.missing(), m.id().equals(targetId)));
            }
        }
        List<Line> lines = new ArrayList<>();
        Map<Integer, Integer> bars = new HashMap<>(); // couple (father * n + mother) to its bar's level
        for (int c = 0; c < n; c++) {
            if (drawn(family.member(c)) && family.father(c) >= 0) {
                int level = bars.computeIfAbsent(family.father(c) * n + family.mother(c), k -> bars.size() % 3);
                descent(family, c, x, y, level, lines);
            }
        }
        return new PedigreeDrawing(2 * MARGIN + (widest - 1) * STEP_X, 2 * MARGIN + (rows.size() - 1) * STEP_Y + 20, nodes, lines);
    }

    /**
     * The usual pedigree lines for child {@code c}: a line between the parents (drawn once per couple), from
     * its middle down to a bar above the child's row, along the bar, and down to the child. A parent in
     * another generation, or one not drawn, is joined from below its label instead. Couples' bars sit at
     * one of three heights ({@code level}), so bars of neighbouring couples rarely run along one line.
     */
    private static void descent(Family family, int c, int[] x, int[] y, int level, List<Line> lines) {
        int f = family.father(c);
        int m = family.mother(c);
        boolean both = drawn(family.member(f)) && drawn(family.member(m));
        int bar = y[c] - SIZE / 2 - BAR - level * 7;
        int topX;
        int topY;
        if (both && y[f] == y[m]) {
            int left = Math.min(x[f], x[m]);
            int right = Math.max(x[f], x[m]);
            Line couple = new Line(left + SIZE / 2, y[f], right - SIZE / 2, y[f]);
            if (!lines.contains(couple)) {
                lines.add(couple);
            }
            topX = (left + right) / 2;
            topY = y[f];
        } else {
            int p = drawn(family.member(f)) ? f : m;
            if (!drawn(family.member(p))) {
                return;
            }
            topX = x[p];
            topY = y[p] + SIZE / 2 + LABEL;
        }
        lines.add(new Line(topX, topY, topX, bar));
        lines.add(new Line(topX, bar, x[c], bar));
        lines.add(new Line(x[c], bar, x[c], y[c] - SIZE / 2));
    }

    /** Members by generation, children ordered under their parents, partners side by side. */
    private static List<List<Integer>> rows(Family family, int[] generation, int[] x) {
        int n = family.size();
        int deepest = 0;
        for (int g : generation) {
            deepest = Math.max(deepest, g);
        }
        List<List<Integer>> rows = new ArrayList<>();
        for (int g = 0; g <= deepest; g++) {
            final int level = g;
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (generation[i] == level && drawn(family.member(i))) {
                    members.add(i);
                }
            }
            members.sort(Comparator.comparingInt((Integer i) -> family.father(i) < 0 ? Integer.MAX_VALUE
                    : x[family.father(i)] + x[family.mother(i)]).thenComparingInt(i -> i));
            Set<Integer> row = new LinkedHashSet<>();
            for (int i : members) {
                place(family, i, members, row);
            }
            List<Integer> ordered = List.copyOf(row);
            for (int k = 0; k < ordered.size(); k++) {
                x[ordered.get(k)] = k; // provisional order, so the next generation sorts under its parents
            }
            rows.add(ordered);
        }
        return rows;
    }

    /** Adds {@code i}, then its partners and theirs, so that every couple of a row sits side by side where it can. */
    private static void place(Family family, int i, List<Integer> members, Set<Integer> row) {
        if (row.add(i)) {
            partners(family, i).stream().filter(members::contains).forEach(p -> place(family, p, members, row));
        }
    }

    private static List<Integer> partners(Family family, int i) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < family.size(); c++) {
            int other = family.father(c) == i ? family.mother(c) : family.mother(c) == i ? family.father(c) : -1;
            if (other >= 0 && !out.contains(other)) {
                out.add(other);
            }
        }
        return out;
    }

    private static boolean drawn(Member m) {
        return !m.id().contains("~");
    }
}
