package org.repatria.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;

class AccountTest {
    static final PartyId UA = new PartyId("ua");

    @Test
    void usernameOfLowerCaseLettersDigitsDotsUnderscoresAndHyphensIsAccepted() {
        assertThat(new Account("o.koval_2-ua", "Олена", UA, Role.PARTY_DESK).username()).isEqualTo("o.koval_2-ua");
    }

    @Test
    void upperCaseUsernameIsRefusedNamingTheRule() {
        assertThatThrownBy(() -> new Account("Olena", "", UA, Role.PARTY_DESK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case").hasMessageContaining("Olena");
    }

    @Test
    void usernameHasTwoToSixtyFourCharacters() {
        assertThatThrownBy(() -> new Account("o", "", UA, Role.PARTY_DESK)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Account("o".repeat(64), "", UA, Role.PARTY_DESK).username()).hasSize(64);
        assertThatThrownBy(() -> new Account("o".repeat(65), "", UA, Role.PARTY_DESK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usernameMayNotStartWithPunctuation() {
        assertThatThrownBy(() -> new Account(".olena", "", UA, Role.PARTY_DESK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankDisplayNameFallsBackToTheUsername() {
        assertThat(new Account("olena", "  ", UA, Role.PARTY_DESK).displayName()).isEqualTo("olena");
        assertThat(new Account("olena", null, UA, Role.PARTY_DESK).displayName()).isEqualTo("olena");
    }

    @Test
    void displayNameIsStripped() {
        assertThat(new Account("olena", " Олена Коваль ", UA, Role.PARTY_DESK).displayName()).isEqualTo("Олена Коваль");
    }

    @Test
    void partyAndRoleAreRequired() {
        assertThatThrownBy(() -> new Account("olena", "", null, Role.PARTY_DESK)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Account("olena", "", UA, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void eachRoleBelongsToOneKindOfParty() {
        assertThat(Role.MEDIATOR.partyKind()).isEqualTo(PartyKind.MEDIATOR);
        assertThat(Role.PARTY_DESK.partyKind()).isEqualTo(PartyKind.BELLIGERENT);
        assertThat(Role.IDENTIFICATION.partyKind()).isEqualTo(PartyKind.BELLIGERENT);
        assertThat(Role.OBSERVER.partyKind()).isEqualTo(PartyKind.OBSERVER);
    }
}
