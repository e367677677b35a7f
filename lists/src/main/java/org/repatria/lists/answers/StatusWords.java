package org.repatria.lists.answers;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.request.RowStatus;

/** A status as a person writes it in a sheet: its token, or its word in English, Ukrainian or Russian. */
final class StatusWords {
    private static final Map<String, RowStatus> WORDS = words();

    private StatusWords() {
    }

    /** The status {@code text} names; empty when it names none (or names "unanswered", which is no answer). */
    static Optional<RowStatus> of(String text) {
        return Optional.ofNullable(WORDS.get(AnswerColumns.key(text)));
    }

    private static Map<String, RowStatus> words() {
        Map<String, RowStatus> words = new HashMap<>();
        for (RowStatus s : RowStatus.answers()) {
            words.put(AnswerColumns.key(s.token()), s);
        }
        put(words, RowStatus.HELD, "held", "detained", "утримується", "утримуваний", "утримувана", "під вартою",
                "содержится", "удерживается", "под стражей");
        put(words, RowStatus.LOCATED, "located", "found", "знайдено", "знайдений", "знайдена", "місцеперебування встановлено",
                "найден", "найдена", "найдено", "местонахождение установлено");
        put(words, RowStatus.RETURNED, "returned", "повернуто", "повернено", "повернений", "повернена",
                "возвращен", "возвращена", "возвращено");
        put(words, RowStatus.DECEASED, "deceased", "dead", "died", "помер", "померла", "загинув", "загинула",
                "помер(ла)", "умер", "умерла", "погиб", "погибла", "скончался", "скончалась");
        put(words, RowStatus.NOT_FOUND, "not found", "не знайдено", "не знайдений", "не знайдена", "не найден",
                "не найдена", "не найдено");
        put(words, RowStatus.NO_INFORMATION, "no information", "no info", "немає інформації", "інформація відсутня",
                "нема інформації", "відомостей немає", "нет информации", "информация отсутствует", "сведений нет");
        return Map.copyOf(words);
    }

    private static void put(Map<String, RowStatus> words, RowStatus status, String... texts) {
        for (String t : texts) {
            words.put(AnswerColumns.key(t), status);
        }
    }
}
