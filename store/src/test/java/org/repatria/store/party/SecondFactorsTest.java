package org.repatria.store.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.StoreException;

/** The second factor's rows (issue 17, 0183): confirm before it counts, a step accepted once, a party's requirement. */
class SecondFactorsTest extends OnEveryEngine {
    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    final Account olena = new Account("olena", "Олена Коваль", People.UA, Role.PARTY_DESK);

    @BeforeEach
    void accounts() {
        People.addParties(store());
        store().accounts().add(olena, AccountsTest.HASH);
    }

    @Test
    void aBegunFactorIsUnconfirmedUntilConfirmed() {
        store().secondFactors().begin("olena", SECRET, NOW);
        assertThat(store().secondFactors().find("olena")).contains(new TotpFactor("olena", SECRET, false, -1));

        assertThat(store().secondFactors().confirm("olena", 100)).isTrue();

        assertThat(store().secondFactors().find("olena")).contains(new TotpFactor("olena", SECRET, true, 100));
    }

    @Test
    void aStepIsAcceptedOnceAndAnEarlierOneNever() {
        store().secondFactors().begin("olena", SECRET, NOW);
        store().secondFactors().confirm("olena", 100);

        assertThat(store().secondFactors().use("olena", 100)).as("the confirming step again").isFalse();
        assertThat(store().secondFactors().use("olena", 101)).isTrue();
        assertThat(store().secondFactors().use("olena", 101)).as("replay").isFalse();
        assertThat(store().secondFactors().use("olena", 99)).as("older").isFalse();
    }

    @Test
    void anUnconfirmedFactorAcceptsNoCode() {
        store().secondFactors().begin("olena", SECRET, NOW);
        assertThat(store().secondFactors().use("olena", 5)).isFalse();
    }

    @Test
    void aConfirmedFactorIsNotReplacedUntilReset() {
        store().secondFactors().begin("olena", SECRET, NOW);
        store().secondFactors().confirm("olena", 1);

        assertThatThrownBy(() -> store().secondFactors().begin("olena", "AAAA", NOW)).isInstanceOf(StoreException.class)
                .hasMessageContaining("reset it first");
        assertThat(store().secondFactors().remove("olena")).isTrue();
        assertThat(store().secondFactors().find("olena")).isEmpty();
    }

    @Test
    void aPartyRequiresTheFactorUntilItStops() {
        assertThat(store().secondFactors().required(People.UA)).isFalse();
        store().secondFactors().require(People.UA, true);
        store().secondFactors().require(People.UA, true);
        assertThat(store().secondFactors().required(People.UA)).isTrue();
        store().secondFactors().require(People.UA, false);
        assertThat(store().secondFactors().required(People.UA)).isFalse();
    }

    @Test
    void anUnknownPartyCannotRequireIt() {
        assertThatThrownBy(() -> store().secondFactors().require(new PartyId("xx"), true))
                .isInstanceOf(StoreException.class).hasMessageContaining("no party xx");
    }

    @Test
    void thePartysAccountsAreListedWithWhetherTheirFactorIsConfirmed() {
        store().accounts().add(new Account("petro", "Петро", People.UA, Role.PARTY_DESK), AccountsTest.HASH);
        store().secondFactors().begin("olena", SECRET, NOW);
        store().secondFactors().confirm("olena", 1);
        store().secondFactors().begin("petro", SECRET, NOW);

        assertThat(store().secondFactors().ofParty(People.UA)).containsEntry("olena", true).containsEntry("petro", false);
    }
}
