package org.repatria.bench.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.repatria.match.trace.ChildRecord;

/**
 * The child search on data it was not built on: FEBRL4 (shared/data/febrl4, 5,000 originals against 5,000 corrupted
 * copies, Latin script, see its SOURCE.md), each original as a case and the copies as candidates, on the fields both
 * have: given name, surname, birth date, suburb as the place. No parents, no removal, no sex, no renaming: it checks
 * that the search still finds people whose records were only mistyped. Usage: {@code ChildSearchFebrl4 [DIR]}.
 */
public final class ChildSearchFebrl4 {
    private ChildSearchFebrl4() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : Path.of("../shared/data/febrl4");
        List<ChildRecord> cases = read(dir.resolve("dataset4a.csv"));
        List<ChildRecord> candidates = read(dir.resolve("dataset4b.csv"));
        Map<String, String> truth = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("truth.csv")).subList(1, 5001)) {
            String[] p = line.strip().split(",");
            truth.put(p[0], p[1]);
        }
        ChildCases data = new ChildCases(cases, candidates, truth);
        System.out.println(ChildSearchBench.Result.HEADER);
        System.out.println(ChildSearchBench.searched(data).line("child search", 0, data));
        System.out.println(ChildSearchBench.baseline(data).line("two-list matcher", 0, data));
    }

    /** A FEBRL CSV (", " separated; blanks are missing) as child records. */
    static List<ChildRecord> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<ChildRecord> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            out.add(new ChildRecord(f[0], f[2], f[1], "", "", f[9], f[6], "", "", "", ""));
        }
        return out;
    }
}
