package org.repatria.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.account.SignInOutcome;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

class SignInsTest extends OnEveryEngine {
    static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
    final Account olena = new Account("olena", "", People.UA, Role.PARTY_DESK);
    final Account ivan = new Account("ivan", "", People.RU, Role.PARTY_DESK);

    @BeforeEach
    void parties() {
        People.addParties(store());
    }

    @Test
    void attemptsAreReadNewestFirstPerParty() {
        store().signIns().record(SignIn.of(olena, NOW, "10.0.0.1", SignInOutcome.WRONG_PASSWORD));
        store().signIns().record(SignIn.of(ivan, NOW.plusSeconds(1), "10.0.0.2", SignInOutcome.SIGNED_IN));
        store().signIns().record(SignIn.of(olena, NOW.plusSeconds(2), "10.0.0.1", SignInOutcome.SIGNED_IN));

        assertThat(store().signIns().ofParty(People.UA, 10)).containsExactly(
                SignIn.of(olena, NOW.plusSeconds(2), "10.0.0.1", SignInOutcome.SIGNED_IN),
                SignIn.of(olena, NOW, "10.0.0.1", SignInOutcome.WRONG_PASSWORD));
    }

    @Test
    void anUnknownNameIsRecordedWithoutTheName() {
        store().signIns().record(SignIn.unknown(NOW, "10.0.0.9"));

        SignIn kept = store().signIns().all(10).get(0);
        assertThat(kept.username()).isEmpty();
        assertThat(kept.party()).isEmpty();
        assertThat(kept.outcome()).isEqualTo(SignInOutcome.NO_SUCH_ACCOUNT);
    }

    @Test
    void theRecordKeepsOnlyTheNewestAttemptsUpToItsCapacity() {
        SignIns three = store().signIns().keeping(3);
        for (int i = 0; i < 10; i++) {
            three.record(SignIn.of(olena, NOW.plusSeconds(i), "10.0.0.1", SignInOutcome.WRONG_PASSWORD));
        }

        assertThat(store().signIns().count()).isEqualTo(3);
        assertThat(store().signIns().of("olena", 10)).extracting(SignIn::at)
                .containsExactly(NOW.plusSeconds(9), NOW.plusSeconds(8), NOW.plusSeconds(7));
    }

    @Test
    void aLongAddressIsCutToTheLimit() {
        SignIn s = new SignIn(NOW, Optional.of("olena"), Optional.of(People.UA), "x".repeat(500), SignInOutcome.SIGNED_IN);

        assertThat(s.address()).hasSize(SignIn.MAX_ADDRESS);
    }

    @Test
    void aReadIsCappedAtItsPage() {
        assertThat(store().signIns().of("olena", 1_000_000)).isEmpty();
    }
}
