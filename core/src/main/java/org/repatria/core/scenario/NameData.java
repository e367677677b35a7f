package org.repatria.core.scenario;

import java.util.List;
import java.util.function.Function;
import org.repatria.core.scenario.NameForms.Language;

/** The bundled name, place, unit and rank lists, with their weights; loaded once. */
final class NameData {
    private static final String DIR = "/org/repatria/core/scenario/";

    /** The lists for one side: its people's names and the places, units and ranks they come with. */
    record Side(Language language, Weighted<String> maleGiven, Weighted<String> fatherGiven,
                Weighted<String> femaleGiven, Weighted<String> surnames, Weighted<Term> places,
                Weighted<Term> units, Weighted<Term> ranks) {
    }

    final Side ukrainian;
    final Side russian;
    final Weighted<String> occupiedPlaces;

    private NameData() {
        ukrainian = new Side(Language.UKRAINIAN,
                weighted("uk-given-male.txt", 3, 1, r -> r.get(0)),
                weighted("uk-given-male.txt", 3, 2, r -> r.get(0)),
                weighted("uk-given-female.txt", 2, 1, r -> r.get(0)),
                weighted("uk-surnames.txt", 2, 1, r -> r.get(0)),
                weighted("uk-places.txt", 3, 0, r -> new Term(r.get(1), r.get(2))),
                weighted("uk-units.txt", 3, 0, r -> new Term(r.get(1), r.get(2))),
                weighted("uk-ranks.txt", 3, 0, r -> new Term(r.get(1), r.get(2))));
        russian = new Side(Language.RUSSIAN,
                weighted("ru-given-male.txt", 3, 1, r -> r.get(0)),
                weighted("ru-given-male.txt", 3, 2, r -> r.get(0)),
                weighted("ru-given-female.txt", 2, 1, r -> r.get(0)),
                weighted("ru-surnames.txt", 2, 1, r -> r.get(0)),
                weighted("ru-places.txt", 2, 0, r -> Term.same(r.get(1))),
                weighted("ru-units.txt", 2, 0, r -> Term.same(r.get(1))),
                weighted("ru-ranks.txt", 2, 0, r -> Term.same(r.get(1))));
        occupiedPlaces = weighted("occupied-places.txt", 2, 0, r -> r.get(1));
    }

    private static final class Loaded {
        static final NameData INSTANCE = new NameData();
    }

    static NameData get() {
        return Loaded.INSTANCE;
    }

    private static <T> Weighted<T> weighted(String file, int columns, int weightColumn, Function<List<String>, T> item) {
        List<List<String>> rows = Resources.rows(DIR + file, columns);
        return new Weighted<>(rows.stream().map(item).toList(),
                rows.stream().map(r -> Resources.weight(file, r.get(weightColumn))).toList());
    }
}
