package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.account.SignInOutcome;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.TestClock;

/**
 * The second factor on the desk, over HTTP (issue 17, 0183): an account sets it up and confirms it with a code; its
 * sign-ins then take the password and a code, each code once; a half-done sign-in is no session; wrong codes are
 * throttled on their own; a bearer token needs the code too.
 */
class FactorDeskTest {
    static final TestClock clock = new TestClock(Fixture.T0);
    @RegisterExtension
    static final RunningServer running = new RunningServer(5, c -> c.withClock(clock));

    /** Signs {@code username} in with its password alone, sets up its factor on the desk page and confirms it. */
    private String enrolled(String username) {
        FactorVisitor.account(running, username, Fixture.A);
        FactorVisitor v = new FactorVisitor(running);
        assertThat(v.password(username).headers().firstValue("Location")).contains("/desk");
        v.signedIn();
        assertThat(v.post("/desk/factor/enrol", "").statusCode()).isEqualTo(303);
        String secret = FactorVisitor.secretOn(v.get("/desk/factor").body());
        HttpResponse<String> r = v.post("/desk/factor/confirm", "code=" + FactorVisitor.code(secret, clock.instant()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        clock.advance(Duration.ofSeconds(30)); // the confirming code's step is used up
        return secret;
    }

    private static String wrong(String code) {
        return code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 1) % 10);
    }

    @Test
    void anAccountSetsUpItsFactorOnTheDeskAndThePageThenSaysItIsOn() {
        FactorVisitor.account(running, "f-setup", Fixture.A);
        FactorVisitor v = new FactorVisitor(running);
        v.password("f-setup");
        assertThat(v.signedIn().get("/desk").body()).contains("id=\"nav-factor\"");
        assertThat(v.get("/desk/factor").body()).contains("data-state=\"off\"").contains("id=\"factor-start\"");

        v.post("/desk/factor/enrol", "");
        String page = v.get("/desk/factor").body();
        String secret = FactorVisitor.secretOn(page);
        assertThat(secret).hasSize(32);
        assertThat(page).contains("id=\"factor-qr\" ").contains("src=\"data:image/svg+xml;base64,")
                .contains("otpauth://totp/Repatria:f-setup?secret=" + secret);
        HttpResponse<String> r = v.post("/desk/factor/confirm", "code=" + FactorVisitor.code(secret, clock.instant()));

        assertThat(r.statusCode()).isEqualTo(303);
        String after = v.get("/desk/factor").body();
        assertThat(after).contains("data-state=\"on\"").doesNotContain(secret);
        assertThat(running.world().store.secondFactors().find("f-setup").orElseThrow().confirmed()).isTrue();
    }

    @Test
    void aWrongConfirmingCodeLeavesTheFactorUnconfirmed() {
        FactorVisitor.account(running, "f-wrong-confirm", Fixture.A);
        FactorVisitor v = new FactorVisitor(running);
        v.password("f-wrong-confirm");
        v.signedIn().post("/desk/factor/enrol", "");
        String secret = FactorVisitor.secretOn(v.get("/desk/factor").body());

        HttpResponse<String> r = v.post("/desk/factor/confirm", "code=" + wrong(FactorVisitor.code(secret, clock.instant())));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"refusal\"").contains(secret);
        assertThat(running.world().store.secondFactors().find("f-wrong-confirm").orElseThrow().confirmed()).isFalse();
    }

    @Test
    void theKeyIsNotShownAgainOnceConfirmed() {
        enrolled("f-once");
        FactorVisitor v = new FactorVisitor(running);
        v.password("f-once");
        v.get("/login/code");
        String secret = running.world().store.secondFactors().find("f-once").orElseThrow().secret();
        v.post("/login/code", "code=" + FactorVisitor.code(secret, clock.instant()));
        v.signedIn();

        assertThat(v.get("/desk/factor").body()).doesNotContain(secret).doesNotContain("id=\"factor-secret\"");
        assertThat(v.post("/desk/factor/enrol", "").statusCode()).isEqualTo(409);
    }

    @Test
    void anAccountWithoutAFactorSignsInWithItsPasswordAlone() {
        FactorVisitor.account(running, "f-none", Fixture.A);
        HttpResponse<String> r = new FactorVisitor(running).password("f-none");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/desk");
    }

    @Test
    void aSignInWithAFactorAsksForTheCodeAndOnlyTheCodeOpensASession() {
        String secret = enrolled("f-code");
        FactorVisitor v = new FactorVisitor(running);
        HttpResponse<String> r = v.password("f-code");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/login/code");
        assertThat(v.client().get("/desk").statusCode()).as("half signed in: no desk").isEqualTo(303);
        assertThat(v.client().get("/api/v1/me").statusCode()).as("half signed in: no API").isEqualTo(401);
        assertThat(v.get("/login/code").body()).contains("id=\"factor-code\"");

        HttpResponse<String> done = v.post("/login/code", "code=" + FactorVisitor.code(secret, clock.instant()));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).contains("/desk");
        assertThat(v.client().get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongCodeIsRefusedInPlaceAndNoSessionStarts() {
        String secret = enrolled("f-wrong");
        FactorVisitor v = new FactorVisitor(running);
        v.password("f-wrong");
        v.get("/login/code");

        HttpResponse<String> r = v.post("/login/code", "code=" + wrong(FactorVisitor.code(secret, clock.instant())));

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("id=\"refusal\"").contains("id=\"factor-code\"");
        assertThat(v.client().get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aCodeIsAcceptedOnceAndTheNextStepsCodeAgain() {
        String secret = enrolled("f-replay");
        String code = FactorVisitor.code(secret, clock.instant());
        FactorVisitor first = new FactorVisitor(running);
        first.password("f-replay");
        assertThat(first.post("/login/code", "code=" + code).statusCode()).isEqualTo(303);

        FactorVisitor second = new FactorVisitor(running);
        second.password("f-replay");
        assertThat(second.post("/login/code", "code=" + code).statusCode()).as("replayed").isEqualTo(401);

        clock.advance(Duration.ofSeconds(30));
        assertThat(second.post("/login/code", "code=" + FactorVisitor.code(secret, clock.instant())).statusCode())
                .isEqualTo(303);
    }

    @Test
    void wrongCodesAreThrottledOnTheirOwnEvenForTheRightCode() {
        String secret = enrolled("f-throttle");
        FactorVisitor v = new FactorVisitor(running);
        v.password("f-throttle");
        String right = FactorVisitor.code(secret, clock.instant());
        for (int i = 0; i < 5; i++) {
            assertThat(v.post("/login/code", "code=" + wrong(right)).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> r = v.post("/login/code", "code=" + right);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.body()).contains("the limit is 5 in 15 minutes");
    }

    @Test
    void withoutAPendingSignInTheCodePagesSayToSignInAgain() {
        FactorVisitor v = new FactorVisitor(running);
        for (HttpResponse<String> r : java.util.List.of(v.get("/login/code"), v.post("/login/code", "code=123456"),
                v.get("/login/enrol"), v.post("/login/enrol", "code=123456"))) {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.body()).contains("id=\"factor-again-login\"");
        }
        assertThat(v.client().get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aBearerTokenForAnAccountWithAFactorNeedsItsCode() {
        String secret = enrolled("f-token");
        Client anonymous = running.anonymous();
        String body = "{\"username\":\"f-token\",\"password\":\"" + Fixture.PASSWORD + "\"";

        HttpResponse<String> without = anonymous.postJson("/api/v1/auth/token", body + "}");
        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(Client.json(without).get("error").asString()).isEqualTo("second_factor");

        HttpResponse<String> with = anonymous.postJson("/api/v1/auth/token",
                body + ",\"code\":\"" + FactorVisitor.code(secret, clock.instant()) + "\"}");
        assertThat(with.statusCode()).as(with.body()).isEqualTo(201);
    }

    @Test
    void aReplacedOneTimePasswordStillLeadsToTheCodeStep() {
        String secret = enrolled("f-one-time");
        running.world().store.standings().setPassword("f-one-time",
                org.repatria.server.auth.Passwords.hash("one time words".toCharArray()), true,
                org.repatria.core.account.AccountAction.PASSWORD_RESET,
                org.repatria.store.account.Actor.commandLine("test"), clock.instant());
        FactorVisitor v = new FactorVisitor(running);

        HttpResponse<String> chosen = v.post("/login/password", "username=f-one-time&current=one%20time%20words"
                + "&password=a%20new%20passphrase&again=a%20new%20passphrase");

        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location")).contains("/login/code");
        assertThat(v.client().get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(v.post("/login/code", "code=" + FactorVisitor.code(secret, clock.instant())).statusCode()).isEqualTo(303);
        assertThat(v.client().get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void theRecordOfSignInsSaysTheCodeWasDueAndHowTheCodeStepEnded() {
        String secret = enrolled("f-record");
        FactorVisitor v = new FactorVisitor(running);
        v.password("f-record");
        String right = FactorVisitor.code(secret, clock.instant());
        v.post("/login/code", "code=" + wrong(right));
        v.post("/login/code", "code=" + right);

        // Newest first; the oldest is enrolled()'s sign-in with the password alone, before the factor existed.
        assertThat(running.world().store.signIns().of("f-record", 10))
                .extracting(org.repatria.store.account.SignIn::outcome)
                .containsExactly(SignInOutcome.SIGNED_IN, SignInOutcome.WRONG_CODE, SignInOutcome.CODE_DUE,
                        SignInOutcome.SIGNED_IN);
    }

    @Test
    void aTokenAskedForWithAWrongCodeIsRecordedAsAWrongCode() {
        String secret = enrolled("f-token-record");
        running.anonymous().postJson("/api/v1/auth/token", "{\"username\":\"f-token-record\",\"password\":\""
                + Fixture.PASSWORD + "\",\"code\":\"" + wrong(FactorVisitor.code(secret, clock.instant())) + "\"}");

        assertThat(running.world().store.signIns().of("f-token-record", 1))
                .extracting(org.repatria.store.account.SignIn::outcome).containsExactly(SignInOutcome.WRONG_CODE);
    }
}
