package org.repatria.core.party;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartyTest {

    @Test
    void blankNameIsRefusedNamingTheParty() {
        assertThatThrownBy(() -> new Party(new PartyId("ua"), " ", PartyKind.BELLIGERENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("party ua needs a name");
    }

    @Test
    void kindIsRequired() {
        assertThatThrownBy(() -> new Party(new PartyId("ua"), "Україна", null)).isInstanceOf(NullPointerException.class);
    }
}
