package org.repatria.bench.match;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.repatria.match.PersonRecord;

/** Writes synthetic lists as person-list CSV (DESIGN.md) plus truth.csv, for timing {@code repatria match} end to end. */
final class ListFiles {
    private ListFiles() {
    }

    static void write(SyntheticLists lists, Path dir) throws IOException {
        Files.createDirectories(dir);
        write(lists.left(), dir.resolve("left.csv"));
        write(lists.right(), dir.resolve("right.csv"));
        Files.write(dir.resolve("truth.csv"), (Iterable<String>) () -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of("left_id,right_id"), lists.truth().stream().sorted()).iterator());
    }

    private static void write(List<PersonRecord> people, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,surname,given_name,patronymic,sex,birth_date,birth_place,military_id,unit\n");
            for (PersonRecord p : people) {
                w.write(String.join(",", List.of(p.id(), p.surname(), p.givenName(), p.patronymic(), p.sex(), p.birthDate(),
                        quote(p.birthPlace()), p.militaryId(), quote(p.unit()))) + "\n");
            }
        }
    }

    private static String quote(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
