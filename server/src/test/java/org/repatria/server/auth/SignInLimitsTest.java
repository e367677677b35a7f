package org.repatria.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.TestClock;

/**
 * Sign-in attempts are limited per username and per address, with a 429 naming the limit and when to retry; the clock
 * is the server's injected one. Each test moves the clock past the window when it is done, so the next starts clean.
 */
class SignInLimitsTest {
    static final TestClock clock = new TestClock(Fixture.T0);
    @RegisterExtension
    static final RunningServer running = new RunningServer(5, c -> c.withClock(clock));

    private HttpResponse<String> token(String username, String password) {
        return running.anonymous().postJson("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void theSixthAttemptForOneUsernameIsRefusedNamingTheLimitAndTheWait() {
        for (int i = 0; i < Credentials.FAILURES_PER_USER; i++) {
            assertThat(token("b-desk", "guess " + i).statusCode()).isEqualTo(401);
            clock.advance(Duration.ofMinutes(1));
        }
        HttpResponse<String> r = token("b-desk", Fixture.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(Client.json(r).get("message").asString())
                .isEqualTo("too many failed sign-ins for username b-desk: the limit is 5 in 15 minutes; try again in 10 minutes");
        assertThat(r.headers().firstValue("Retry-After")).contains("600");
        clock.advance(Duration.ofMinutes(10));
        assertThat(token("b-desk", Fixture.PASSWORD).statusCode()).as("the oldest failure left the window").isEqualTo(201);
        clock.advance(Credentials.WINDOW);
    }

    @Test
    void thirtyFailuresFromOneAddressRefuseEveryUsernameFromIt() {
        for (int i = 0; i < Credentials.FAILURES_PER_ADDRESS; i++) {
            assertThat(token("nobody-" + i, "wrong").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> r = token("a-desk", Fixture.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(Client.json(r).get("message").asString())
                .startsWith("too many failed sign-ins for address ").contains("the limit is 30 in 15 minutes; try again in 15 minutes");
        clock.advance(Credentials.WINDOW);
        assertThat(token("a-desk", Fixture.PASSWORD).statusCode()).isEqualTo(201);
    }

    @Test
    void theDeskFormSaysTheLimitInTheReadersLanguage() {
        for (int i = 0; i < Credentials.FAILURES_PER_USER; i++) {
            token("observer-desk", "guess " + i);
        }
        HttpResponse<String> form = running.anonymous().get("/login?lang=uk");
        String body = "_csrf=" + enc(Callers.csrf(form.body())) + "&username=observer-desk&password=" + enc(Fixture.PASSWORD);
        HttpResponse<String> r = running.anonymous().session(Callers.cookie(form), "").post("/login?lang=uk", body,
                "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.body()).contains("Забагато невдалих спроб входу").contains("the limit is 5 in 15 minutes");
        clock.advance(Credentials.WINDOW);
    }

    @Test
    void oneDeskSessionBeyondTheAccountsLimitIsRefusedAndTheOthersStayOpen() {
        Client first = running.desk(Who.B_DESK);
        for (int i = 1; i < Authenticator.SESSIONS_PER_ACCOUNT; i++) {
            running.desk(Who.B_DESK);
        }
        HttpResponse<String> form = running.anonymous().get("/login");
        String body = "_csrf=" + enc(Callers.csrf(form.body())) + "&username=b-desk&password=" + enc(Fixture.PASSWORD);
        HttpResponse<String> r = running.anonymous().session(Callers.cookie(form), "").post("/login", body,
                "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains("account b-desk holds 100 open desk sessions, the limit is 100");
        assertThat(first.get("/api/v1/me").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofHours(1)); // every session idles out
    }

    @Test
    void aUsernameLongerThanTheLimitIsRefusedBeforeAnyWork() {
        HttpResponse<String> r = token("x".repeat(1_000), "wrong");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Client.json(r).get("message").asString()).isEqualTo("username: 1,000 characters, the limit is 100");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
