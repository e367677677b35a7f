package org.repatria.match.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.match.name.Name;
import org.repatria.match.name.Names;

/** A level's label travels with its test: declaring a field's levels in another order keeps what each one means. */
class LevelTest {
    private final Names names = new Names();

    private Profile person(String surname, String given, String date) {
        return new Profile(names.plain(surname), names.given(given), Name.EMPTY, 'm', PartialDate.parse(date), Name.EMPTY,
                "", Name.EMPTY, Address.EMPTY);
    }

    /** The field's levels with the agreeing ones (between "missing" and the catch-all "different") reversed. */
    private static List<Level> reversed(Field field) {
        List<Level> declared = field.levels();
        List<Level> out = new ArrayList<>(declared.subList(1, declared.size() - 1));
        Collections.reverse(out);
        out.addFirst(declared.getFirst());
        out.addLast(declared.getLast());
        return out;
    }

    private static String label(List<Level> levels, ProfilePair pair) {
        return levels.get(Level.first(levels, pair)).label();
    }

    /** The pair gets {@code label} whether the field's levels are taken as declared or reordered. */
    private static void keepsItsLabelWhenReordered(Field field, ProfilePair pair, String label) {
        List<Level> reordered = reversed(field);

        assertThat(Level.first(reordered, pair)).as("another position").isNotEqualTo(field.level(pair));
        assertThat(label(reordered, pair)).isEqualTo(label(field.levels(), pair)).isEqualTo(label);
    }

    @Test
    void aSurnameWrittenAsTheGivenNameKeepsItsLabelWhenTheLevelsAreReordered() {
        keepsItsLabelWhenReordered(Field.SURNAME, new ProfilePair(person("Coleman", "James", ""), person("James", "Howie", "")),
                "written as the given name");
    }

    @Test
    void aBirthDateWithinAYearKeepsItsLabelWhenTheLevelsAreReordered() {
        keepsItsLabelWhenReordered(Field.BIRTH_DATE,
                new ProfilePair(person("Мельник", "Іван", "1998"), person("Мельник", "Іван", "1998-03-12")), "within a year");
    }

    @Test
    void aLevelNumberNamesTheLevelDeclaredAtThatPosition() {
        for (Field field : Field.values()) {
            assertThat(field.label(0)).isEqualTo("missing");
            assertThat(field.label(field.different())).isEqualTo("different");
            for (int level = 0; level < field.levelCount(); level++) {
                assertThat(field.label(level)).isEqualTo(field.levels().get(level).label());
            }
            assertThat(field.levels().stream().map(Level::label).distinct().count()).as("%s labels", field)
                    .isEqualTo(field.levelCount());
        }
    }

    @Test
    void onlyAgreementOnANameIsWeighedByHowCommonTheNameIs() {
        List<String> adjusted = new ArrayList<>();
        for (Field field : Field.values()) {
            field.levels().stream().filter(Level::weighedByFrequency).forEach(l -> adjusted.add(field + " " + l.label()));
        }

        assertThat(adjusted).containsExactly("SURNAME exact", "GIVEN_NAME exact", "GIVEN_NAME equivalent form");
    }

    @Test
    void aPairThatPassesNoTestIsAnError() {
        ProfilePair pair = new ProfilePair(person("A", "B", ""), person("C", "D", ""));
        List<Level> none = List.of(Level.of("never", p -> false));

        assertThatThrownBy(() -> Level.first(none, pair))
                .hasMessageContaining("never");
    }

    @Test
    void aMissingBirthDateIsLevelZeroWhateverFollows() {
        ProfilePair pair = new ProfilePair(person("Мельник", "Іван", ""), person("Мельник", "Іван", "1998"));

        assertThat(Field.BIRTH_DATE.level(pair)).isZero();
        assertThat(label(reversed(Field.BIRTH_DATE), pair)).isEqualTo("missing");
    }
}
