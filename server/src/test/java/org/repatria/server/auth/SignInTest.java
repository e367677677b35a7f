package org.repatria.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.TestClock;

/**
 * Passwords, bearer tokens, desk sessions and CSRF, through HTTP. The tests share one server; those
 * that move its clock forward only use credentials obtained within themselves.
 */
class SignInTest {
    static final TestClock clock = new TestClock(Fixture.T0);
    @RegisterExtension
    static final RunningServer running = new RunningServer(5, c -> c.withClock(clock).withSecureCookies(true));

    private HttpResponse<String> token(String username, String password) {
        return running.anonymous().postJson("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefusedAlikeWithoutSayingWhich() {
        HttpResponse<String> wrongPassword = token("a-desk", "not the password");
        HttpResponse<String> unknownUser = token("nobody", Fixture.PASSWORD);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
    }

    @Test
    void anUnknownUserCostsAPasswordHashLikeAKnownOne() {
        token("warm-up", "x");
        // The fastest of three tries, to see through the noise of a shared machine.
        long known = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            known = Math.min(known, timeMillis(() -> token("observer-desk", "wrong")));
            unknown = Math.min(unknown, timeMillis(() -> token("nobody-at-all", "wrong")));
        }
        assertThat(unknown).as("unknown %d ms vs known %d ms", unknown, known).isGreaterThan(known / 2);
    }

    @Test
    void aTokenIsStoredOnlyAsItsDigest() {
        String raw = Client.json(token("a-desk", Fixture.PASSWORD)).get("token").asString();
        assertThat(running.world().store.accounts().findByToken(raw, clock.instant())).isEmpty();
        assertThat(running.world().store.accounts().findByToken(Secrets.sha256Hex(raw), clock.instant())).isPresent();
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        Client a = running.api(Who.A_DESK);
        assertThat(a.delete("/api/v1/auth/token").statusCode()).isEqualTo(204);
        assertThat(a.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenNoLongerAuthenticates() {
        Client a = running.api(Who.A_DESK);
        clock.advance(Duration.ofHours(13));
        HttpResponse<String> r = a.get("/api/v1/me");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Client.json(r).get("error").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void repeatedFailuresForOneUserAreThrottledEvenWithTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThat(token("b-desk", "guess " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> r = token("b-desk", Fixture.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(token("a-desk", Fixture.PASSWORD).statusCode()).as("other users are unaffected").isEqualTo(201);
        clock.advance(Duration.ofMinutes(16));
        assertThat(token("b-desk", Fixture.PASSWORD).statusCode()).isEqualTo(201);
    }

    @Test
    void signingInStartsANewSessionAndTheOldIdIsDead() {
        HttpResponse<String> form = running.anonymous().get("/login");
        String before = Callers.cookie(form);
        Client a = running.desk(Who.A_DESK);
        assertThat(a.get("/desk").statusCode()).isEqualTo(200);
        HttpResponse<String> withOldId = running.anonymous().session(before, "").get("/desk");
        assertThat(withOldId.statusCode()).isEqualTo(303);
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndSecureWhenConfigured() {
        String setCookie = running.anonymous().get("/login").headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").contains("Secure");
        assertThat(setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'))).hasSize(43);
    }

    @Test
    void anIdleSessionEnds() {
        Client a = running.desk(Who.A_DESK);
        clock.advance(Duration.ofMinutes(29));
        assertThat(a.get("/api/v1/me").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(31));
        assertThat(a.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aCookieAuthenticatedChangeWithoutTheCsrfTokenIsRefused() {
        Client a = running.desk(Who.A_DESK);
        String list = "{\"title\":\"t\",\"purpose\":\"request\",\"category\":\"pow\",\"rows\":[{\"id\":\"1\",\"surname\":\"X\"}]}";
        String cookie = a.request("/").build().headers().firstValue("Cookie").orElseThrow();
        HttpResponse<String> without = running.anonymous().session(cookie, "").postJson("/api/v1/lists", list);
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(Client.json(without).get("error").asString()).isEqualTo("csrf");
        HttpResponse<String> forged = running.anonymous().session(cookie, "forged").postJson("/api/v1/lists", list);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(a.postJson("/api/v1/lists", list).statusCode()).isEqualTo(201);
    }

    @Test
    void signingOutEndsTheSession() {
        Client a = running.desk(Who.A_DESK);
        assertThat(a.post("/logout", "", "application/x-www-form-urlencoded").statusCode()).isEqualTo(303);
        assertThat(a.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    private static long timeMillis(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1_000_000;
    }
}
