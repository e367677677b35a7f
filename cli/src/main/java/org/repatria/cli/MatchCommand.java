package org.repatria.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.repatria.match.Link;
import org.repatria.match.Linkage;
import org.repatria.match.Matcher;
import org.repatria.match.PersonRecord;
import org.repatria.match.Progress;
import org.repatria.match.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code repatria match}: links two person lists across scripts (DESIGN.md, Contracts: match, Person list CSV). */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Links two person lists (CSV, UTF-8 with or without BOM, or Windows-1251; canonical headers"
                + " id,surname,given_name,patronymic,sex,birth_date,birth_place,military_id,unit, any order)."
                + " Writes left_id,right_id,score,decision: score is a match probability in [0,1]; decision is match"
                + " (at or above --threshold) or review. Exit 1 on a file it cannot read, one line per problem:"
                + " file,row,column,message (row 1 is the header)."})
final class MatchCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The left list (CSV).")
    Path left;

    @Parameters(index = "1", description = "The right list (CSV).")
    Path right;

    @Option(names = "--out", required = true, description = "Output CSV of pairs.")
    Path out;

    @Option(names = "--threshold", description = "Match probability at or above which a pair is a match (default: ${DEFAULT-VALUE}).")
    double threshold = Settings.DEFAULT.matchThreshold();

    @Option(names = "--one-to-one", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Match each person at most once; contested pairs go to review (default: on).")
    boolean oneToOne;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!(threshold >= 0 && threshold <= 1)) {
            err.println("match: --threshold is a probability: give a value between 0 and 1 (got " + threshold + ")");
            return 1;
        }
        List<String> problems = new ArrayList<>();
        List<PersonRecord> a = PersonCsv.read(left, problems);
        List<PersonRecord> b = PersonCsv.read(right, problems);
        if (!problems.isEmpty()) {
            PrintWriter stdout = spec.commandLine().getOut();
            problems.forEach(stdout::println);
            stdout.flush();
            err.println("match: " + problems.size() + " problem(s) in the input; nothing written");
            return 1;
        }
        long start = System.nanoTime();
        Settings settings = Settings.DEFAULT.withMatchThreshold(threshold).withOneToOne(oneToOne);
        Linkage linkage = new Matcher(settings, new Bar(err)).link(a, b);
        write(linkage);
        err.printf(Locale.ROOT, "%nmatch: %d × %d people, %d pairs compared, %d matches, %d to review, written to %s in %.1f s%n",
                a.size(), b.size(), linkage.candidatePairs(), linkage.matches().size(),
                linkage.links().size() - linkage.matches().size(), out, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private void write(Linkage linkage) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".match-", ".csv");
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            w.write("left_id,right_id,score,decision\n");
            for (Link l : linkage.links()) {
                w.write(PersonCsv.quote(l.leftId()) + "," + PersonCsv.quote(l.rightId()) + ","
                        + String.format(Locale.ROOT, "%.6f", l.probability()) + ","
                        + l.decision().name().toLowerCase(Locale.ROOT) + "\n");
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A one-line progress bar on standard error. */
    private record Bar(PrintWriter err) implements Progress {
        @Override
        public synchronized void report(String stage, long done, long total) {
            int width = 30;
            int filled = (int) (width * done / Math.max(1, total));
            err.printf(Locale.ROOT, "\rmatch: [%s%s] %-8s", "#".repeat(filled), " ".repeat(width - filled), stage);
            err.flush();
        }
    }

    /**
     * A minimal person-list CSV reader (RFC 4180 quoting; UTF-8 with or without BOM, else Windows-1251), used until
     * the lists module's reader is on main; problems are reported as file,row,column,message.
     */
    static final class PersonCsv {
        private static final Map<String, String> HEADERS = headers();

        private PersonCsv() {
        }

        static List<PersonRecord> read(Path file, List<String> problems) throws IOException {
            String text;
            try {
                text = decode(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                problems.add(file + ",0,,no such file");
                return List.of();
            }
            List<List<String>> rows = new ArrayList<>();
            if (!parse(text, rows)) {
                problems.add(file + "," + (rows.size() + 1) + ",,a quoted field is not closed");
                return List.of();
            }
            rows.removeIf(r -> r.size() == 1 && r.get(0).isBlank());
            if (rows.isEmpty()) {
                problems.add(file + ",1,,the file is empty: expected a header row with at least id and surname");
                return List.of();
            }
            Map<String, Integer> at = new HashMap<>();
            List<String> header = rows.get(0);
            for (int c = 0; c < header.size(); c++) {
                String canonical = HEADERS.get(header.get(c).strip().toLowerCase(Locale.ROOT));
                if (canonical != null && at.putIfAbsent(canonical, c) != null) {
                    problems.add(file + ",1," + header.get(c) + ",column " + canonical + " appears twice");
                }
            }
            for (String required : List.of("id", "surname")) {
                if (!at.containsKey(required)) {
                    problems.add(file + ",1," + required + ",missing column " + required);
                }
            }
            if (!at.containsKey("id") || !at.containsKey("surname")) {
                return List.of();
            }
            List<PersonRecord> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                String where = file + "," + (r + 1) + ",";
                if (row.size() > header.size()) {
                    problems.add(where + "," + row.size() + " fields but the header has " + header.size());
                    continue;
                }
                String id = field(row, at, "id");
                String date = field(row, at, "birth_date");
                if (id.isEmpty()) {
                    problems.add(where + "id,empty id");
                } else if (!ids.add(id)) {
                    problems.add(where + "id,id " + id + " appears twice in the list");
                }
                if (!date.isEmpty() && !date.matches("\\d{4}-\\d{2}-\\d{2}|\\d{2}\\.\\d{2}\\.\\d{4}|\\d{4}")) {
                    problems.add(where + "birth_date,'" + date + "' is not YYYY-MM-DD, DD.MM.YYYY or YYYY");
                }
                out.add(new PersonRecord(id, field(row, at, "surname"), field(row, at, "given_name"),
                        field(row, at, "patronymic"), field(row, at, "sex"), date, field(row, at, "birth_place"),
                        field(row, at, "military_id"), field(row, at, "unit")));
            }
            return out;
        }

        private static String field(List<String> row, Map<String, Integer> at, String name) {
            Integer c = at.get(name);
            return c == null || c >= row.size() ? "" : row.get(c).strip();
        }

        /** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1251. */
        private static String decode(byte[] bytes) {
            try {
                String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return s.startsWith("\uFEFF") ? s.substring(1) : s;
            } catch (CharacterCodingException e) {
                return new String(bytes, Charset.forName("windows-1251"));
            }
        }

        /** Splits RFC 4180 text into rows; false when a quoted field is left open. */
        private static boolean parse(String s, List<List<String>> rows) {
            List<String> row = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        f.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(f.toString());
                    f.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(f.toString());
                    f.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    f.append(c);
                }
            }
            if (f.length() > 0 || !row.isEmpty()) {
                row.add(f.toString());
                rows.add(row);
            }
            return !quoted;
        }

        static String quote(String v) {
            return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
        }

        private static Map<String, String> headers() {
            Map<String, String> m = new HashMap<>();
            String[][] names = {
                {"id", "id", "№", "номер", "row_id"},
                {"surname", "surname", "прізвище", "фамилия", "last_name", "family_name"},
                {"given_name", "given_name", "ім'я", "ім’я", "имя", "first_name", "name"},
                {"patronymic", "patronymic", "по батькові", "отчество", "middle_name"},
                {"sex", "sex", "стать", "пол", "gender"},
                {"birth_date", "birth_date", "дата народження", "дата рождения", "date_of_birth", "dob"},
                {"birth_place", "birth_place", "місце народження", "место рождения", "place_of_birth"},
                {"military_id", "military_id", "військовий квиток", "военный билет", "личный номер", "service_number"},
                {"unit", "unit", "військова частина", "воинская часть", "в/ч"},
            };
            for (String[] n : names) {
                for (int i = 1; i < n.length; i++) {
                    m.put(n[i], n[0]);
                }
            }
            return m;
        }
    }
}
