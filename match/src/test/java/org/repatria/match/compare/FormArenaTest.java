package org.repatria.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.repatria.match.name.Name;

class FormArenaTest {
    /** Short strings over a few letters, so that equal, one-slip-apart and similar pairs are common; one over 64. */
    private static List<String> strings(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int length = random.nextInt(9);
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < length; c++) {
                b.append("abeiko".charAt(random.nextInt(6)));
            }
            out.add(b.toString());
        }
        out.add("o".repeat(70));
        out.add("o".repeat(69) + "a");
        return out;
    }

    private static FormArena arenaOf(List<String> forms) {
        Name[] names = new Name[forms.size() + 1];
        for (int i = 0; i < forms.size(); i++) {
            names[i + 1] = new Name(forms.get(i), List.of(forms.get(i)), List.of(), "");
        }
        return new FormArena(names);
    }

    @Test
    void jaroWinklerOnTheArenaGivesTheSameBitsAsOnStrings() {
        List<String> forms = strings(7, 300);
        FormArena arena = arenaOf(forms);
        for (int x = 0; x < forms.size(); x++) {
            for (int y = 0; y < forms.size(); y++) {
                double onArena = JaroWinkler.similarity(arena.chars, arena.form[x], arena.length(x), arena.form[y], arena.length(y));
                assertThat(Double.doubleToRawLongBits(onArena))
                        .isEqualTo(Double.doubleToRawLongBits(JaroWinkler.similarity(forms.get(x), forms.get(y))));
            }
        }
    }

    @Test
    void oneSlipOnTheArenaAnswersAsOnStrings() {
        List<String> forms = strings(11, 300);
        FormArena arena = arenaOf(forms);
        for (int x = 0; x < forms.size(); x++) {
            for (int y = 0; y < forms.size(); y++) {
                assertThat(Edits.withinOne(arena.chars, arena.form[x], arena.length(x), arena.form[y], arena.length(y)))
                        .isEqualTo(Edits.withinOne(forms.get(x), forms.get(y)));
                assertThat(arena.same(x, y)).isEqualTo(forms.get(x).equals(forms.get(y)));
            }
        }
    }

    @Test
    void aNameOfSeveralFormsSharesAFormWithAnotherHoldingAnyOfThem() {
        Name[] names = {null, new Name("олександр", List.of("oleksandr", "aleksandr"), List.of(), "alexander"),
                new Name("aleksandr", List.of("aleksandr"), List.of(), "alexander"),
                new Name("oleksa", List.of("oleksa"), List.of(), "")};
        FormArena arena = new FormArena(names);

        assertThat(arena.sameForm(1, 2)).isTrue();
        assertThat(arena.sameForm(1, 3)).isFalse();
        assertThat(arena.sameEquivalence(1, 2)).isTrue();
        assertThat(arena.sameEquivalence(1, 3)).isFalse();
    }

    @Test
    void soundKeysAsIdsAnswerAsTheKeyStrings() {
        List<String> keys = strings(13, 40);
        Random random = new Random(17);
        Name[] names = new Name[61];
        for (int id = 1; id < names.length; id++) {
            List<String> mine = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                mine.add(keys.get(random.nextInt(keys.size())));
            }
            names[id] = new Name("n" + id, List.of("n" + id), mine, "");
        }
        FormArena arena = new FormArena(names);
        for (int x = 1; x < names.length; x++) {
            for (int y = 1; y < names.length; y++) {
                List<String> b = names[y].keys();
                assertThat(arena.sharesKey(x, y)).isEqualTo(names[x].keys().stream().anyMatch(b::contains));
            }
        }
    }
}
