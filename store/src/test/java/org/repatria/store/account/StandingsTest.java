package org.repatria.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.core.account.Account;
import org.repatria.core.account.AccountAction;
import org.repatria.core.account.Role;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.StoreException;

class StandingsTest extends OnEveryEngine {
    static final String HASH = "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA";
    static final String OTHER_HASH = "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$b3RoZXI";
    static final String TOKEN = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
    final Account olena = new Account("olena", "Олена Коваль", People.UA, Role.PARTY_DESK);
    final Actor admin = Actor.of(new Account("ua.admin", "", People.UA, Role.PARTY_DESK));

    @BeforeEach
    void anAccountWithAToken() {
        People.addParties(store());
        store().accounts().add(olena, HASH);
        store().accounts().addToken(TOKEN, "olena", NOW.plusSeconds(3600));
    }

    @Test
    void aNewAccountIsActiveAtEpochZero() {
        assertThat(store().standings().of("olena")).contains(new Standing(olena, false, false, 0));
    }

    @Test
    void disablingEndsTheTokensGrowsTheEpochAndIsRecorded() {
        assertThat(store().standings().setDisabled("olena", true, admin, NOW)).isTrue();

        Standing s = store().standings().of("olena").orElseThrow();
        assertThat(s.disabled()).isTrue();
        assertThat(s.epoch()).isEqualTo(1);
        assertThat(store().accounts().findByToken(TOKEN, NOW)).isEmpty();
        assertThat(store().accountChanges().of("olena", 10))
                .containsExactly(new AccountChange(NOW, admin, "olena", People.UA, AccountAction.DISABLED));
    }

    @Test
    void disablingTwiceChangesAndRecordsNothingTheSecondTime() {
        store().standings().setDisabled("olena", true, admin, NOW);

        assertThat(store().standings().setDisabled("olena", true, admin, NOW.plusSeconds(1))).isFalse();
        assertThat(store().standings().of("olena").orElseThrow().epoch()).isEqualTo(1);
        assertThat(store().accountChanges().ofParty(People.UA, 10)).hasSize(1);
    }

    @Test
    void aTokenOfADisabledAccountIsRefusedEvenIfItWereStillStored() {
        store().standings().setDisabled("olena", true, admin, NOW);
        store().accounts().addToken(TOKEN, "olena", NOW.plusSeconds(3600));

        assertThat(store().accounts().findByToken(TOKEN, NOW)).isEmpty();
    }

    @Test
    void enablingAgainMakesTheAccountActiveUnderANewEpoch() {
        store().standings().setDisabled("olena", true, admin, NOW);
        store().standings().setDisabled("olena", false, Actor.commandLine("root"), NOW.plusSeconds(60));

        Standing s = store().standings().of("olena").orElseThrow();
        assertThat(s.active()).isTrue();
        assertThat(s.epoch()).isEqualTo(2);
        assertThat(store().accountChanges().of("olena", 10)).extracting(AccountChange::action)
                .containsExactly(AccountAction.ENABLED, AccountAction.DISABLED);
        assertThat(store().accountChanges().of("olena", 10).get(0).actor().party()).isEmpty();
    }

    @Test
    void aResetPasswordIsDueForChangeAndEndsTheTokens() {
        store().standings().setPassword("olena", OTHER_HASH, true, AccountAction.PASSWORD_RESET, admin, NOW);

        assertThat(store().accounts().passwordHash("olena")).contains(OTHER_HASH);
        assertThat(store().standings().of("olena").orElseThrow().passwordChangeDue()).isTrue();
        assertThat(store().accounts().findByToken(TOKEN, NOW)).isEmpty();
        assertThat(store().accountChanges().ofParty(People.UA, 10)).extracting(AccountChange::action)
                .containsExactly(AccountAction.PASSWORD_RESET);
    }

    @Test
    void anUnknownAccountIsRefusedAndNothingIsRecorded() {
        assertThatThrownBy(() -> store().standings().setDisabled("nobody", true, admin, NOW))
                .isInstanceOf(StoreException.class).hasMessageContaining("nobody");
        assertThat(store().accountChanges().ofParty(People.UA, 10)).isEmpty();
    }

    @Test
    void aPartyListsOnlyItsOwnAccounts() {
        store().accounts().add(new Account("ivan", "", People.RU, Role.PARTY_DESK), HASH);

        assertThat(store().standings().ofParty(People.UA)).extracting(s -> s.account().username()).containsExactly("olena");
    }
}
