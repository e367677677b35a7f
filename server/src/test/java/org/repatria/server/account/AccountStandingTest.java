package org.repatria.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.account.SignInOutcome;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.Seeding;
import org.repatria.store.account.Actor;
import org.repatria.store.account.SignIn;

/**
 * Issue 17, item 5 (docs/decisions/0182): a disabled account's open session and bearer token are refused on the next
 * request, even when the command line disabled it beside the running server; sign-ins and failures are recorded.
 */
class AccountStandingTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static final Actor COMMAND_LINE = Actor.commandLine("operator");

    private static String added(String username) {
        Seeding.addAccount(running.world().store, new Account(username, "", Fixture.A, Role.PARTY_DESK),
                Fixture.PASSWORD.toCharArray());
        return username;
    }

    private static void disable(String username, boolean disabled) {
        running.world().store.standings().setDisabled(username, disabled, COMMAND_LINE, Instant.now());
    }

    private static HttpResponse<String> token(String username, String password) {
        return running.anonymous().postJson("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void aDisabledAccountsOpenSessionIsRefusedOnTheNextRequest() {
        Client desk = Callers.desk(running.port(), added("ua.session"));
        assertThat(desk.get("/desk").statusCode()).isEqualTo(200);

        disable("ua.session", true);

        HttpResponse<String> next = desk.get("/desk");
        assertThat(next.statusCode()).isEqualTo(303);
        assertThat(next.headers().firstValue("Location")).contains("/login");
        assertThat(desk.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountsBearerTokenIsRefusedOnTheNextRequest() {
        Client api = Callers.api(running.port(), added("ua.token"));
        assertThat(api.get("/api/v1/me").statusCode()).isEqualTo(200);

        disable("ua.token", true);

        assertThat(api.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aReEnabledAccountSignsInAgainWhileItsOldSessionStaysEnded() {
        Client old = Callers.desk(running.port(), added("ua.again"));
        disable("ua.again", true);
        disable("ua.again", false);

        assertThat(old.get("/desk").statusCode()).as("the session opened before it was disabled").isEqualTo(303);
        assertThat(Callers.desk(running.port(), "ua.again").get("/desk").statusCode()).isEqualTo(200);
        assertThat(Callers.api(running.port(), "ua.again").get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsToldSoOnlyWithTheRightPassword() {
        disable(added("ua.told"), true);

        HttpResponse<String> right = token("ua.told", Fixture.PASSWORD);
        HttpResponse<String> wrong = token("ua.told", "not the password");

        assertThat(right.statusCode()).isEqualTo(403);
        assertThat(right.body()).contains("account_disabled").contains("ua.told");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("disabled");
    }

    @Test
    void signInsAreRecordedForSuccessAndFailureWithTheAddress() {
        added("ua.record");
        assertThat(token("ua.record", "not the password").statusCode()).isEqualTo(401);
        assertThat(token("ua.record", Fixture.PASSWORD).statusCode()).isEqualTo(201);

        assertThat(running.world().store.signIns().of("ua.record", 10)).extracting(SignIn::outcome)
                .containsExactly(SignInOutcome.SIGNED_IN, SignInOutcome.WRONG_PASSWORD);
        assertThat(running.world().store.signIns().of("ua.record", 10)).allSatisfy(s -> {
            assertThat(s.address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
            assertThat(s.party()).contains(Fixture.A);
        });
    }

    @Test
    void aNameNoAccountHasIsRecordedWithoutTheNameTyped() {
        String typed = "my-secret-passphrase-in-the-wrong-field";
        assertThat(token(typed, "whatever").statusCode()).isEqualTo(401);

        assertThat(running.world().store.signIns().all(500)).filteredOn(s -> s.outcome() == SignInOutcome.NO_SUCH_ACCOUNT)
                .isNotEmpty().allSatisfy(s -> assertThat(s.username()).isEqualTo(Optional.empty()));
        assertThat(running.world().store.signIns().all(500)).noneMatch(s -> s.username().orElse("").equals(typed));
    }

    @Test
    void aUsernameOverItsLimitIsRefusedNamingTheLimit() {
        HttpResponse<String> r = token("u".repeat(101), Fixture.PASSWORD);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("username").contains("the limit is 100");
    }

    @Test
    void aPasswordOverItsLimitIsRefusedNamingTheLimit() {
        HttpResponse<String> r = token(added("ua.long"), "p".repeat(257));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("password").contains("the limit is 256");
    }
}
