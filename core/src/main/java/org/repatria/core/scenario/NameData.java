package org.repatria.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.repatria.core.scenario.NameForms.Language;

/** The bundled name, place, unit and rank lists, with their weights; loaded once. */
final class NameData {
    private static final String DIR = "/org/repatria/core/scenario/";
    private static final String COMMUNITIES = "ru-communities.txt";

    /** People whose names and birthplaces go together (Tatar names with Tatarstan and Bashkortostan, say). */
    record Community(Weighted<String> maleGiven, Weighted<String> fatherGiven, Weighted<String> femaleGiven,
                     Weighted<String> surnames, Weighted<Term> places) {
    }

    /** The lists for one side: its communities, and the units and ranks its people serve in. */
    record Side(Language language, Weighted<Community> communities, Weighted<Term> units, Weighted<Term> ranks) {
    }

    final Side ukrainian;
    final Side russian;
    final Weighted<String> occupiedPlaces;

    private NameData() {
        Community ukrainians = new Community(
                weighted("uk-given-male.txt", 3, 1, r -> r.get(0)),
                weighted("uk-given-male.txt", 3, 2, r -> r.get(0)),
                weighted("uk-given-female.txt", 2, 1, r -> r.get(0)),
                weighted("uk-surnames.txt", 2, 1, r -> r.get(0)),
                weighted("uk-places.txt", 3, 0, r -> new Term(r.get(1), r.get(2))));
        ukrainian = new Side(Language.UKRAINIAN, new Weighted<>(List.of(ukrainians), List.of(1)),
                weighted("uk-units.txt", 3, 0, r -> new Term(r.get(1), r.get(2))),
                weighted("uk-ranks.txt", 3, 0, r -> new Term(r.get(1), r.get(2))));
        Community russians = new Community(
                weighted("ru-given-male.txt", 3, 1, r -> r.get(0)),
                weighted("ru-given-male.txt", 3, 2, r -> r.get(0)),
                weighted("ru-given-female.txt", 2, 1, r -> r.get(0)),
                weighted("ru-surnames.txt", 2, 1, r -> r.get(0)),
                weighted("ru-places.txt", 2, 0, r -> Term.same(r.get(1))));
        russian = new Side(Language.RUSSIAN, communities(russians),
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

    /** The communities of Russia: the one named {@code russian} uses the main lists, the others their own. */
    private static Weighted<Community> communities(Community russians) {
        List<List<String>> rows = Resources.rows(DIR + COMMUNITIES, 4);
        List<Community> communities = new ArrayList<>();
        List<Integer> shares = new ArrayList<>();
        for (List<String> share : rows.stream().filter(r -> r.get(1).equals("share")).toList()) {
            String name = share.get(0);
            communities.add(name.equals("russian") ? russians : new Community(
                    kind(rows, name, "male", r -> r.get(2)), kind(rows, name, "male", r -> r.get(2)),
                    kind(rows, name, "female", r -> r.get(2)), kind(rows, name, "surname", r -> r.get(2)),
                    kind(rows, name, "place", r -> Term.same(r.get(2)))));
            shares.add(Resources.weight(COMMUNITIES, share.get(3)));
        }
        return new Weighted<>(communities, shares);
    }

    private static <T> Weighted<T> kind(List<List<String>> rows, String community, String kind,
                                        Function<List<String>, T> item) {
        List<List<String>> mine = rows.stream().filter(r -> r.get(0).equals(community) && r.get(1).equals(kind)).toList();
        if (mine.isEmpty()) {
            throw new ScenarioDataException(COMMUNITIES + ": community " + community + " has no " + kind + " rows");
        }
        return new Weighted<>(mine.stream().map(item).toList(),
                mine.stream().map(r -> Resources.weight(COMMUNITIES, r.get(3))).toList());
    }

    private static <T> Weighted<T> weighted(String file, int columns, int weightColumn, Function<List<String>, T> item) {
        List<List<String>> rows = Resources.rows(DIR + file, columns);
        return new Weighted<>(rows.stream().map(item).toList(),
                rows.stream().map(r -> Resources.weight(file, r.get(weightColumn))).toList());
    }
}
