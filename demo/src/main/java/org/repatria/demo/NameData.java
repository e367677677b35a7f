package org.repatria.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.repatria.demo.name.DataFiles;
import org.repatria.demo.name.NameDataException;
import org.repatria.demo.name.NameForms.Language;

/** The bundled name, place, unit and rank lists, with their weights; loaded once. */
final class NameData {
    private static final String DIR = "/org/repatria/demo/name/";
    private static final String COMMUNITIES = "ru-communities.txt";

    /** SyntheticPeople whose names and birthplaces go together (Tatar names with Tatarstan and Bashkortostan, say). */
    record Community(WeightedChoice<String> maleGiven, WeightedChoice<String> fatherGiven, WeightedChoice<String> femaleGiven,
                     WeightedChoice<String> surnames, WeightedChoice<BilingualTerm> places) {
    }

    /** The lists for one side: its communities, and the units and ranks its people serve in. */
    record Side(Language language, WeightedChoice<Community> communities, WeightedChoice<BilingualTerm> units, WeightedChoice<BilingualTerm> ranks) {
    }

    final Side ukrainian;
    final Side russian;
    final WeightedChoice<String> occupiedPlaces;

    private NameData() {
        Community ukrainians = new Community(
                weighted("uk-given-male.txt", 3, 1, r -> r.get(0)),
                weighted("uk-given-male.txt", 3, 2, r -> r.get(0)),
                weighted("uk-given-female.txt", 2, 1, r -> r.get(0)),
                weighted("uk-surnames.txt", 2, 1, r -> r.get(0)),
                weighted("uk-places.txt", 3, 0, r -> new BilingualTerm(r.get(1), r.get(2))));
        ukrainian = new Side(Language.UKRAINIAN, new WeightedChoice<>(List.of(ukrainians), List.of(1)),
                weighted("uk-units.txt", 3, 0, r -> new BilingualTerm(r.get(1), r.get(2))),
                weighted("uk-ranks.txt", 3, 0, r -> new BilingualTerm(r.get(1), r.get(2))));
        Community russians = new Community(
                weighted("ru-given-male.txt", 3, 1, r -> r.get(0)),
                weighted("ru-given-male.txt", 3, 2, r -> r.get(0)),
                weighted("ru-given-female.txt", 2, 1, r -> r.get(0)),
                weighted("ru-surnames.txt", 2, 1, r -> r.get(0)),
                weighted("ru-places.txt", 2, 0, r -> BilingualTerm.same(r.get(1))));
        russian = new Side(Language.RUSSIAN, communities(russians),
                weighted("ru-units.txt", 2, 0, r -> BilingualTerm.same(r.get(1))),
                weighted("ru-ranks.txt", 2, 0, r -> BilingualTerm.same(r.get(1))));
        occupiedPlaces = weighted("occupied-places.txt", 2, 0, r -> r.get(1));
    }

    private static final class Loaded {
        static final NameData INSTANCE = new NameData();
    }

    static NameData get() {
        return Loaded.INSTANCE;
    }

    /** The communities of Russia: the one named {@code russian} uses the main lists, the others their own. */
    private static WeightedChoice<Community> communities(Community russians) {
        List<List<String>> rows = DataFiles.rows(DIR + COMMUNITIES, 4);
        List<Community> communities = new ArrayList<>();
        List<Integer> shares = new ArrayList<>();
        for (List<String> share : rows.stream().filter(r -> r.get(1).equals("share")).toList()) {
            String name = share.get(0);
            communities.add(name.equals("russian") ? russians : new Community(
                    kind(rows, name, "male", r -> r.get(2)), kind(rows, name, "male", r -> r.get(2)),
                    kind(rows, name, "female", r -> r.get(2)), kind(rows, name, "surname", r -> r.get(2)),
                    kind(rows, name, "place", r -> BilingualTerm.same(r.get(2)))));
            shares.add(DataFiles.weight(COMMUNITIES, share.get(3)));
        }
        return new WeightedChoice<>(communities, shares);
    }

    private static <T> WeightedChoice<T> kind(List<List<String>> rows, String community, String kind,
                                        Function<List<String>, T> item) {
        List<List<String>> mine = rows.stream().filter(r -> r.get(0).equals(community) && r.get(1).equals(kind)).toList();
        if (mine.isEmpty()) {
            throw new NameDataException(COMMUNITIES + ": community " + community + " has no " + kind + " rows");
        }
        return new WeightedChoice<>(mine.stream().map(item).toList(),
                mine.stream().map(r -> DataFiles.weight(COMMUNITIES, r.get(3))).toList());
    }

    private static <T> WeightedChoice<T> weighted(String file, int columns, int weightColumn, Function<List<String>, T> item) {
        List<List<String>> rows = DataFiles.rows(DIR + file, columns);
        return new WeightedChoice<>(rows.stream().map(item).toList(),
                rows.stream().map(r -> DataFiles.weight(file, r.get(weightColumn))).toList());
    }
}
