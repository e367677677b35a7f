package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.repatria.server.request.RequestMessages.SheetProblem;

/** Every code of an answers sheet's problem has words of its own in each language, its arguments filled in. */
class SheetProblemWordsTest {
    private static final Map<String, List<String>> CODES = Map.ofEntries(
            Map.entry("status.empty", List.of("[held]")), Map.entry("status.unknown", List.of("гуляет", "[held]")),
            Map.entry("status.unanswered", List.of("[held]")), Map.entry("row_id.empty", List.of()),
            Map.entry("row.not_in_list", List.of("99")), Map.entry("row.twice", List.of("7", "3")),
            Map.entry("date.swapped", List.of("03.25.2025", "2025-03-25")), Map.entry("date.unreadable", List.of("вчора")),
            Map.entry("date.impossible", List.of("31.02.2025")), Map.entry("field.too_long", List.of("2001", "2000")),
            Map.entry("header.missing", List.of("status")), Map.entry("header.none", List.of("row_id, status")),
            Map.entry("rows.too_many", List.of("100000")));

    private static String said(Language lang, String code) {
        return SheetProblemWords.said(new Text(lang), new SheetProblem(2, "", "in English", code, CODES.get(code)));
    }

    @Test
    void everyCodeIsSaidInUkrainianAndRussianWithoutTheEnglishMessage() {
        for (String code : CODES.keySet()) {
            for (Language lang : List.of(Language.UK, Language.RU)) {
                assertThat(said(lang, code)).as(code + " in " + lang).doesNotContain("in English", "{")
                        .doesNotContainPattern("\\b(give|the|is|row|column|status)\\b");
            }
        }
    }

    @Test
    void countsAreWrittenInTheLanguagesWayOfNumbers() {
        assertThat(said(Language.UK, "rows.too_many")).isEqualTo("Понад 100\u00a0000 відповідей; розділіть аркуш на частини.");
        assertThat(said(Language.EN, "field.too_long")).contains("2,001 characters long, more than the 2,000 allowed");
    }

    @Test
    void theColumnsAndStatusesAreNamedInTheReadersWords() {
        assertThat(said(Language.RU, "header.none")).contains("номер строки, статус, дата");
        assertThat(said(Language.UK, "status.empty")).contains("утримується, місцеперебування встановлено");
    }

    @Test
    void aProblemWithoutACodeKeepsItsEnglishMessage() {
        assertThat(SheetProblemWords.said(new Text(Language.UK), new SheetProblem(2, "", "not canonical", "", List.of())))
                .isEqualTo("not canonical");
    }
}
