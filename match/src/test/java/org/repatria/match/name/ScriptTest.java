package org.repatria.match.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptTest {
    @Test
    void ukrainianOnlyLettersMeanUkrainian() {
        assertThat(Script.of("юрій")).isEqualTo(Script.UKRAINIAN);
        assertThat(Script.of("ґалаґан")).isEqualTo(Script.UKRAINIAN);
    }

    @Test
    void russianOnlyLettersMeanRussian() {
        assertThat(Script.of("артём")).isEqualTo(Script.RUSSIAN);
        assertThat(Script.of("крылов")).isEqualTo(Script.RUSSIAN);
    }

    @Test
    void cyrillicWithoutTellingLettersIsEither() {
        assertThat(Script.of("ковальчук")).isEqualTo(Script.CYRILLIC);
    }

    @Test
    void latinIsLatin() {
        assertThat(Script.of("kovalchuk")).isEqualTo(Script.LATIN);
    }
}
