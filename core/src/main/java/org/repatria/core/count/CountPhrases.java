package org.repatria.core.count;

import org.repatria.core.handover.ActLanguage;

/** The fixed words of the counts in a handover act, in one language. */
record CountPhrases(String counts, String declared, String crossing, String morgue, String persons, String bags,
                    String samples, String running, String difference, String against, String partOf, String missing,
                    String extra, String none) {

    static final CountPhrases EN = new CountPhrases("Counts", "Declared by the handing side",
            "Counted at the crossing", "Received and counted at the morgue", "persons", "bags", "samples",
            "Running total of the agreement", "Difference", "against", "holds parts of a person already counted in bag",
            "on the manifest, did not cross", "crossed, on no line of the manifest", "no difference");

    static final CountPhrases UK = new CountPhrases("Підрахунки", "Заявлено стороною, що передає",
            "Пораховано в пункті перетину", "Прийнято й пораховано в морзі", "осіб", "мішків", "зразків",
            "Наростаючий підсумок угоди", "Розбіжність", "порівняно з",
            "містить частини особи, вже врахованої в мішку", "у списку передачі, не перетнув",
            "перетнув, не значиться в списку передачі", "розбіжностей немає");

    static final CountPhrases RU = new CountPhrases("Подсчёты", "Заявлено передающей стороной",
            "Подсчитано в пункте пересечения", "Принято и подсчитано в морге", "лиц", "мешков", "образцов",
            "Нарастающий итог соглашения", "Расхождение", "по сравнению с",
            "содержит части лица, уже учтённого в мешке", "в списке передачи, не пересёк",
            "пересёк, не значится в списке передачи", "расхождений нет");

    static CountPhrases of(ActLanguage language) {
        return switch (language) {
            case UK -> UK;
            case RU -> RU;
        };
    }

    String stage(Stage stage) {
        return switch (stage) {
            case DECLARED -> declared;
            case CROSSING -> crossing;
            case MORGUE -> morgue;
        };
    }

    String measure(String measure) {
        return switch (measure) {
            case "persons" -> persons;
            case "bags" -> bags;
            default -> samples;
        };
    }
}
