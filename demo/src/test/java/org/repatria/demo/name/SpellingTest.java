package org.repatria.demo.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.repatria.demo.name.NameForms.Language;

/** The spellings the scenario uses to make realistic input: Latin, a Russian clerk's, slips of the pen, sort order. */
class SpellingTest {

    @Test
    void ukrainianLatinMatchesEveryExampleOfThe2010PassportTable() throws IOException {
        List<String[]> examples;
        try (InputStream in = getClass().getResourceAsStream("kmu-2010-examples.txt")) {
            examples = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\\|")).toList();
        }
        assertThat(examples).hasSizeGreaterThan(40);
        for (String[] e : examples) {
            assertThat(LatinSpelling.of(Language.UKRAINIAN, e[0])).as(e[0]).isEqualTo(e[1]);
        }
    }

    @Test
    void russianLatinFollowsIcaoDoc9303() {
        assertThat(LatinSpelling.of(Language.RUSSIAN, "Щукин Артём Юрьевич")).isEqualTo("Shchukin Artem Iurevich");
        assertThat(LatinSpelling.of(Language.RUSSIAN, "Объедков Илья")).isEqualTo("Obieedkov Ilia");
        assertThat(LatinSpelling.of(Language.RUSSIAN, "Цыганова Эльвира")).isEqualTo("Tsyganova Elvira");
    }

    @Test
    void aRussianClerkUsesTheUsualRussianSpellingWhereThereIsOne() {
        assertThat(RussianSpelling.of("Олійник")).isEqualTo("Олейник");
        assertThat(RussianSpelling.of("Білий")).isEqualTo("Белый");
        assertThat(RussianSpelling.of("Ковальчук")).isEqualTo("Ковальчук");
    }

    @Test
    void aRussianClerkWritesOtherUkrainianSurnamesLetterByLetterWithRussianEndings() {
        assertThat(RussianSpelling.of("Вишневський")).isEqualTo("Вишневский");
        assertThat(RussianSpelling.of("Дем'яненко")).isEqualTo("Демьяненко");
        assertThat(RussianSpelling.of("Кушнір")).isEqualTo("Кушнир");
        assertThat(RussianSpelling.of("Євтушенко")).isEqualTo("Евтушенко");
    }

    @Test
    void aSlipChangesOneLetterAndKeepsTheFirst() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            String slipped = Typos.slip("Бондаренко", rng);
            assertThat(slipped).startsWith("Б").isNotEqualTo("Бондаренко");
            assertThat(Math.abs(slipped.length() - "Бондаренко".length())).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void cyrillicSortsInDictionaryOrderAcrossBothAlphabets() {
        List<String> sorted = List.of("Яценко", "Єрмоленко", "Іваненко", "Ежов", "Бойко", "Ігнатенко", "Иванов")
                .stream().sorted(CyrillicAlphabet.ORDER).toList();
        assertThat(sorted).containsExactly("Бойко", "Ежов", "Єрмоленко", "Иванов", "Іваненко", "Ігнатенко", "Яценко");
    }
}
