package org.repatria.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repatria.server.error.HttpProblem;

/** The signed-in session table: bounded per account and per address, and nothing evicts a live session. */
class SessionLimitsTest {
    private static final Instant T0 = Instant.parse("2026-12-07T00:00:00Z");
    private final Sessions sessions = new Sessions(Duration.ofMinutes(30));

    @Test
    void oneAccountMayHoldAHundredSessionsAndOneMoreIsRefusedNamingTheLimit() {
        for (int i = 0; i < Sessions.PER_ACCOUNT; i++) {
            sessions.signIn(Optional.empty(), "a-desk", "10.0." + i / 250 + "." + i % 250, T0.plusMillis(i));
        }
        assertThatThrownBy(() -> sessions.signIn(Optional.empty(), "a-desk", "10.0.1.1", T0.plusSeconds(60)))
                .isInstanceOfSatisfying(HttpProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(429);
                    assertThat(p.code()).isEqualTo("too_many_sessions");
                    assertThat(p.getMessage()).contains("account a-desk holds 100 open desk sessions, the limit is 100");
                    assertThat(p.retryAfter()).contains(Duration.ofMinutes(29));
                });
        assertThat(sessions.size()).isEqualTo(Sessions.PER_ACCOUNT);
    }

    @Test
    void oneAddressMayHoldAThousandSessionsAcrossAccounts() {
        for (int i = 0; i < Sessions.PER_ADDRESS; i++) {
            sessions.signIn(Optional.empty(), "user-" + i, "192.0.2.7", T0);
        }
        assertThatThrownBy(() -> sessions.signIn(Optional.empty(), "someone-else", "192.0.2.7", T0))
                .isInstanceOfSatisfying(HttpProblem.class, p ->
                        assertThat(p.getMessage()).contains("address 192.0.2.7 holds 1,000 open desk sessions, the limit is 1,000"));
        assertThat(sessions.signIn(Optional.empty(), "someone-else", "192.0.2.8", T0).username()).contains("someone-else");
    }

    @Test
    void aSessionIdleTooLongFreesItsPlace() {
        for (int i = 0; i < Sessions.PER_ACCOUNT; i++) {
            sessions.signIn(Optional.empty(), "a-desk", "10.0.0.1", T0);
        }
        Session next = sessions.signIn(Optional.empty(), "a-desk", "10.0.0.1", T0.plus(Duration.ofMinutes(30)));
        assertThat(sessions.find(next.id(), T0.plus(Duration.ofMinutes(31)))).isPresent();
        assertThat(sessions.size()).isEqualTo(1);
    }

    @Test
    void aRefusedSignInEndsNoLiveSession() {
        Session first = sessions.signIn(Optional.empty(), "a-desk", "10.0.0.1", T0);
        for (int i = 1; i < Sessions.PER_ACCOUNT; i++) {
            sessions.signIn(Optional.empty(), "a-desk", "10.0.0.1", T0);
        }
        assertThatThrownBy(() -> sessions.signIn(Optional.empty(), "a-desk", "10.0.0.1", T0)).isInstanceOf(HttpProblem.class);
        assertThat(sessions.find(first.id(), T0.plusSeconds(1))).isPresent();
    }
}
