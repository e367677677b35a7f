package org.repatria.store.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.store.DuplicateException;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.StoreException;

class AccountsTest extends OnEveryEngine {
    static final String HASH = "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA";
    static final String TOKEN = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
    final Account olena = new Account("olena", "Олена Коваль", People.UA, Role.PARTY_DESK);

    @BeforeEach
    void parties() {
        People.addParties(store());
    }

    @Test
    void addedAccountIsFoundByUsername() {
        store().accounts().add(olena, HASH);

        assertThat(store().accounts().find("olena")).contains(olena);
    }

    @Test
    void passwordHashIsKeptAsGiven() {
        store().accounts().add(olena, HASH);

        assertThat(store().accounts().passwordHash("olena")).contains(HASH);
    }

    @Test
    void unknownUsernameHasNoAccountAndNoHash() {
        assertThat(store().accounts().find("nobody")).isEmpty();
        assertThat(store().accounts().passwordHash("nobody")).isEmpty();
    }

    @Test
    void allListsAccountsByUsername() {
        Account mediator = new Account("amir", "Amir", People.ICRC, Role.MEDIATOR);
        store().accounts().add(olena, HASH);
        store().accounts().add(mediator, HASH);

        assertThat(store().accounts().all()).containsExactly(mediator, olena);
    }

    @Test
    void takenUsernameIsRefused() {
        store().accounts().add(olena, HASH);

        assertThatThrownBy(() -> store().accounts().add(new Account("olena", "", People.RU, Role.PARTY_DESK), HASH))
                .isInstanceOf(DuplicateException.class).hasMessageContaining("account olena already exists");
        assertThat(store().accounts().find("olena")).contains(olena);
    }

    @Test
    void accountOfUnknownPartyIsRefusedNamingTheParty() {
        Account stray = new Account("stray", "", new org.repatria.core.party.PartyId("xx"), Role.PARTY_DESK);

        assertThatThrownBy(() -> store().accounts().add(stray, HASH))
                .isInstanceOf(StoreException.class).hasMessageContaining("no party xx");
        assertThat(store().accounts().all()).isEmpty();
    }

    @Test
    void roleThatDoesNotFitThePartyKindIsRefused() {
        Account wrong = new Account("wrong", "", People.ICRC, Role.PARTY_DESK);

        assertThatThrownBy(() -> store().accounts().add(wrong, HASH))
                .isInstanceOf(StoreException.class).hasMessageContaining("party icrc is MEDIATOR");
    }

    @Test
    void tokenFindsItsAccountUntilItExpires() {
        store().accounts().add(olena, HASH);
        store().accounts().addToken(TOKEN, "olena", NOW.plus(Duration.ofHours(8)));

        assertThat(store().accounts().findByToken(TOKEN, NOW)).contains(olena);
        assertThat(store().accounts().findByToken(TOKEN, NOW.plus(Duration.ofHours(8)))).isEmpty();
    }

    @Test
    void revokedTokenFindsNothing() {
        store().accounts().add(olena, HASH);
        store().accounts().addToken(TOKEN, "olena", NOW.plus(Duration.ofHours(8)));

        store().accounts().revokeToken(TOKEN);

        assertThat(store().accounts().findByToken(TOKEN, NOW)).isEmpty();
    }

    @Test
    void rawTokenIsRefusedSoThatOnlyHashesAreStored() {
        store().accounts().add(olena, HASH);

        assertThatThrownBy(() -> store().accounts().addToken("raw-secret-token", "olena", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SHA-256");
    }

    @Test
    void tokenForUnknownAccountIsRefused() {
        assertThatThrownBy(() -> store().accounts().addToken(TOKEN, "nobody", NOW))
                .isInstanceOf(StoreException.class).hasMessageContaining("no account nobody");
    }

    @Test
    void malformedTokenLooksUpNothing() {
        assertThat(store().accounts().findByToken("not hex", NOW)).isEmpty();
    }

    @Test
    void purgeForgetsExpiredTokensAndKeepsLiveOnes() {
        String other = "a".repeat(64);
        store().accounts().add(olena, HASH);
        store().accounts().addToken(TOKEN, "olena", NOW);
        store().accounts().addToken(other, "olena", NOW.plusSeconds(1));

        assertThat(store().accounts().purgeExpiredTokens(NOW)).isEqualTo(1);
        assertThat(store().accounts().findByToken(other, NOW)).contains(olena);
    }
}
