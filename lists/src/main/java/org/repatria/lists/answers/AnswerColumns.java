package org.repatria.lists.answers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repatria.lists.normal.Whitespace;

/**
 * The columns of an answers sheet: each field of {@link AnswersCsv#HEADER} under its English, Ukrainian or Russian
 * header names, written in any case, with spaces, hyphens or underscores.
 */
final class AnswerColumns {
    private static final Map<String, String> NAMES = names();
    private final Map<String, Integer> positions;

    private AnswerColumns(Map<String, Integer> positions) {
        this.positions = positions;
    }

    /** The columns a header row names; the fields it does not name are absent (their cells read as empty). */
    static AnswerColumns of(List<String> header) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String field = NAMES.get(key(header.get(i)));
            if (field != null) {
                positions.putIfAbsent(field, i);
            }
        }
        return new AnswerColumns(Collections.unmodifiableMap(positions));
    }

    /** The fields of {@link AnswersCsv#HEADER} the sheet must name but does not. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String required : List.of("row_id", "status")) {
            if (!positions.containsKey(required)) {
                missing.add(required);
            }
        }
        return missing;
    }

    /** The cleaned cell of {@code field} in {@code cells}; "" when the sheet has no such column or the cell is empty. */
    String cell(List<String> cells, String field) {
        return Optional.ofNullable(positions.get(field)).filter(i -> i < cells.size())
                .map(i -> Whitespace.clean(cells.get(i))).orElse("");
    }

    /** A header or word as compared: NFC, lower case, ё as е, apostrophes dropped, separators one space. */
    static String key(String text) {
        return Whitespace.clean(text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("['’ʼ`]", "")
                .replaceAll("[-_.:/]+", " "));
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        put(names, "row_id", "row_id", "row id", "id", "row", "№", "no", "номер", "номер рядка", "номер строки",
                "ід", "ид", "id рядка", "id строки");
        put(names, "status", "status", "статус", "стан", "состояние");
        put(names, "date", "date", "дата", "дата статусу", "дата статуса");
        put(names, "place", "place", "місце", "место", "місце перебування", "место нахождения", "местонахождение");
        put(names, "surname", "surname", "last name", "family name", "прізвище", "фамилия");
        put(names, "given_name", "given_name", "given name", "first name", "name", "імя", "имя");
        put(names, "patronymic", "patronymic", "по батькові", "отчество");
        put(names, "note", "note", "notes", "comment", "примітка", "примітки", "коментар", "примечание",
                "комментарий");
        return Map.copyOf(names);
    }

    private static void put(Map<String, String> names, String field, String... words) {
        for (String w : words) {
            names.put(key(w), field);
        }
    }
}
