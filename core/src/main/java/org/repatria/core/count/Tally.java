package org.repatria.core.count;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An agreement's counts, tranche by tranche: each stage's count, the running totals per stage up to and including
 * the tranche, and each difference where it arises with the bags that explain it.
 */
public final class Tally {
    private final TreeMap<Integer, Map<Stage, Count>> counts = new TreeMap<>();
    private final List<BagFinding> findings;

    /** One tranche's line: its counts by stage, running totals by stage, differences and the bags that explain them. */
    public record Line(int tranche, Map<Stage, Count> counts, Map<Stage, Figures> running, List<Difference> differences,
                       List<BagFinding> findings) {
        public Line {
            counts = Map.copyOf(counts);
            running = Map.copyOf(running);
            differences = List.copyOf(differences);
            findings = List.copyOf(findings);
        }

        /** The count at {@code stage}, when stated. */
        public Optional<Count> at(Stage stage) {
            return Optional.ofNullable(counts.get(stage));
        }
    }

    /** Over the stated counts (one per tranche and stage) and the findings of the records. */
    public Tally(List<Count> stated, List<BagFinding> findings) {
        for (Count c : stated) {
            Map<Stage, Count> t = counts.computeIfAbsent(c.tranche(), k -> new EnumMap<>(Stage.class));
            if (t.putIfAbsent(c.stage(), c) != null) {
                throw new CountException("stage", "tranche " + c.tranche() + " has two " + c.stage().token() + " counts");
            }
        }
        this.findings = List.copyOf(findings);
    }

    /** Every tranche with a count or a finding, in order, {@code numbers} first ensured present. */
    public List<Line> lines(List<Integer> numbers) {
        TreeMap<Integer, Map<Stage, Count>> all = new TreeMap<>(counts);
        numbers.forEach(n -> all.putIfAbsent(n, Map.of()));
        findings.forEach(f -> all.putIfAbsent(f.tranche(), Map.of()));
        Map<Stage, Figures> running = new EnumMap<>(Stage.class);
        List<Line> out = new ArrayList<>();
        for (var e : all.entrySet()) {
            e.getValue().forEach((stage, c) -> running.merge(stage, c.figures(), Figures::plus));
            out.add(new Line(e.getKey(), e.getValue(), running, differences(e.getValue()),
                    findings.stream().filter(f -> f.tranche() == e.getKey()).toList()));
        }
        return out;
    }

    /** The totals per stage over every tranche counted. */
    public Map<Stage, Figures> totals() {
        Map<Stage, Figures> running = new EnumMap<>(Stage.class);
        counts.values().forEach(t -> t.forEach((stage, c) -> running.merge(stage, c.figures(), Figures::plus)));
        return running;
    }

    /** Each stage's count against the latest earlier stage counted, measure by measure, where they differ. */
    private static List<Difference> differences(Map<Stage, Count> byStage) {
        List<Difference> out = new ArrayList<>();
        Count before = null;
        for (Stage s : Stage.values()) {
            Count c = byStage.get(s);
            if (c == null) {
                continue;
            }
            if (before != null) {
                add(out, c, before, "persons", before.figures().persons(), c.figures().persons());
                add(out, c, before, "bags", before.figures().bags(), c.figures().bags());
                if (before.figures().samples().isPresent() && c.figures().samples().isPresent()) {
                    add(out, c, before, "samples", before.figures().samples().getAsInt(), c.figures().samples().getAsInt());
                }
            }
            before = c;
        }
        return out;
    }

    private static void add(List<Difference> out, Count c, Count before, String measure, int earlier, int stated) {
        if (earlier != stated) {
            out.add(new Difference(c.tranche(), c.stage(), c.side(), measure, before.stage(), earlier, stated));
        }
    }
}
