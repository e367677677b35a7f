package org.repatria.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void partsAreStrippedAndNullBecomesEmpty() {
        PersonName name = new PersonName(" Ковальчук ", null, "\tПетрович");

        assertThat(name).isEqualTo(new PersonName("Ковальчук", "", "Петрович"));
    }

    @Test
    void fullNameLeavesOutEmptyParts() {
        assertThat(new PersonName("Ковальчук", "", "Петрович").full()).isEqualTo("Ковальчук Петрович");
    }

    @Test
    void nameWithNoPartsIsEmpty() {
        assertThat(new PersonName(" ", null, "").isEmpty()).isTrue();
        assertThat(new PersonName("", "", "Петрович").isEmpty()).isFalse();
    }
}
