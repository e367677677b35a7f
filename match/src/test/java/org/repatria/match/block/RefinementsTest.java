package org.repatria.match.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.match.PersonRecord;
import org.repatria.match.Preparation;
import org.repatria.match.compare.Profile;

class RefinementsTest {
    private static final Preparation PREPARATION = new Preparation();

    private static Profile person(String surname, String given, String patronymic, String date, String place, String unit) {
        return PREPARATION.profile(new PersonRecord("1", surname, given, patronymic, "", date, place, "", unit, ""));
    }

    @Test
    void subBlockValuesHashAsTheRefinerStringsDo() {
        List<Profile> people = List.of(person("Ковальчук", "Олександр", "Петрович", "1998-03-12", "м. Київ", "35-а бригада"),
                person("Kovalchuk", "Aleksandr", "", "1975", "", ""),
                person("Мельник", "Тарас", "Іванівна", "", "Львів", "72"),
                person("Бойко", "", "", "12.07.1961", "", "Okrema brigada"));
        for (Profile p : people) {
            for (BlockingKey key : BlockingKey.values()) {
                key.values(p, state -> {
                    List<Long> fromStrings = new ArrayList<>();
                    for (String refiner : key.refiners(p)) {
                        fromStrings.add(KeyHash.finish(KeyHash.add(KeyHash.add(state, '#'), refiner)));
                    }
                    List<Long> fromParts = new ArrayList<>();
                    key.refinements(p, state, fromParts::add);
                    assertThat(fromParts).isEqualTo(fromStrings);
                });
            }
        }
    }
}
