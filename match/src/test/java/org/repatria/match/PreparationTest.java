package org.repatria.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreparationTest {
    @Test
    void anAddressIsItsWordsAndNumbersEachRomanised() {
        assertThat(new Preparation().address("вул. Шевченка, 12, кв. 5, Київ").tokens())
                .containsExactly("vul", "shevchenka", "12", "kv", "5", "kyiv");
    }

    @Test
    void aBlankAddressIsMissing() {
        assertThat(new Preparation().address("  , ").missing()).isTrue();
    }
}
