package org.repatria.demo;

import java.util.List;
import org.repatria.demo.name.DataFiles;

/** The bundled data behind children's cases and answers: removals, carers, places of custody, streets; loaded once. */
final class CaseData {
    private static final String DIR = "/org/repatria/demo/name/";

    final WeightedChoice<String> removals;
    final WeightedChoice<String> carers;
    final WeightedChoice<String> streets;
    final WeightedChoice<String> ruPrisonerPlaces;
    final WeightedChoice<String> uaPrisonerPlaces;
    final WeightedChoice<String> ruCivilianPlaces;

    private CaseData() {
        removals = weighted("child-removals.txt");
        carers = weighted("child-carers.txt");
        streets = weighted("uk-streets.txt");
        List<List<String>> custody = DataFiles.rows(DIR + "custody-places.txt", 3);
        ruPrisonerPlaces = custody(custody, "ru-pow");
        uaPrisonerPlaces = custody(custody, "ua-pow");
        ruCivilianPlaces = custody(custody, "ru-civilian");
    }

    private static final class Loaded {
        static final CaseData INSTANCE = new CaseData();
    }

    static CaseData get() {
        return Loaded.INSTANCE;
    }

    private static WeightedChoice<String> weighted(String file) {
        List<List<String>> rows = DataFiles.rows(DIR + file, 2);
        return new WeightedChoice<>(rows.stream().map(r -> r.get(1)).toList(),
                rows.stream().map(r -> DataFiles.weight(file, r.get(0))).toList());
    }

    private static WeightedChoice<String> custody(List<List<String>> rows, String holder) {
        List<List<String>> mine = rows.stream().filter(r -> r.get(1).equals(holder)).toList();
        return new WeightedChoice<>(mine.stream().map(r -> r.get(2)).toList(),
                mine.stream().map(r -> DataFiles.weight("custody-places.txt", r.get(0))).toList());
    }
}
