package org.repatria.lists.latin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.core.person.PersonName;

class RomanizerTest {
    private final Romanizer romanizer = Romanizer.create();

    @Test
    void ukrainianPassportSchemeMatchesEveryExampleOfTheResolution() throws IOException {
        List<String[]> examples;
        try (InputStream in = getClass().getResourceAsStream("kmu-55-2010-examples.txt")) {
            examples = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split(" = ")).toList();
        }
        assertThat(examples).hasSizeGreaterThan(70);
        assertThat(examples).allSatisfy(e ->
                assertThat(romanizer.latin(e[0], Scheme.PASSPORT, Language.UKRAINIAN)).as(e[0]).isEqualTo(e[1]));
    }

    @Test
    void russianPassportSchemeIsIcao9303() {
        assertThat(romanizer.latin("Щукин Георгий Юрьевич", Scheme.PASSPORT, Language.RUSSIAN)).isEqualTo("Shchukin Georgii Iurevich");
        assertThat(romanizer.latin("Подъячев Фёдор", Scheme.PASSPORT, Language.RUSSIAN)).isEqualTo("Podieiachev Fedor");
        assertThat(romanizer.latin("Цыганкова Эльвира", Scheme.PASSPORT, Language.RUSSIAN)).isEqualTo("Tsygankova Elvira");
    }

    @Test
    void bgnKeepsTheSoftSignAsAnApostropheAndLatinOnly() {
        assertThat(romanizer.latin("Ковальчук", Scheme.BGN, Language.UKRAINIAN)).isEqualTo("Koval'chuk");
        assertThat(romanizer.latin("Григорій Їжак", Scheme.BGN, Language.RUSSIAN)).doesNotContainPattern("[\\u0400-\\u04FF]");
    }

    @Test
    void latinTextPassesThroughUnchanged() {
        assertThat(romanizer.latin("Kovalchuk", Scheme.PASSPORT, Language.UKRAINIAN)).isEqualTo("Kovalchuk");
    }

    @Test
    void languageIsToldByLettersThenByRussianNameEndings() {
        assertThat(Language.of(new PersonName("Петренко", "Сергій", ""))).contains(Language.UKRAINIAN);
        assertThat(Language.of(new PersonName("Петренко", "Алексей", ""))).contains(Language.RUSSIAN);
        assertThat(Language.of(new PersonName("Смирнов", "Иван", "Игоревич"))).contains(Language.RUSSIAN);
        assertThat(Language.of(new PersonName("Петренко", "Марина", "Ивановна"))).contains(Language.RUSSIAN);
        assertThat(Language.of(new PersonName("Петренко", "Марина", ""))).isEmpty();
    }
}
