package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.account.Permission;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.TestClock;

/**
 * A party requiring the second factor (issue 17, 0183): its supervisor requires it on the desk; an account of the party
 * without a factor enrols at its next sign-in before anything else; a supervisor resets a lost factor; others are refused.
 */
class FactorRequiredDeskTest {
    static final TestClock clock = new TestClock(Fixture.T0);
    @RegisterExtension
    static final RunningServer running = new RunningServer(5, c -> c.withClock(clock));

    private FactorVisitor supervisor(String username) {
        return supervisor(username, Fixture.B);
    }

    /** A supervisor of {@code party}, signed in (setting up its factor at sign-in when the party requires one already). */
    private FactorVisitor supervisor(String username, PartyId party) {
        FactorVisitor.account(running, username, party);
        running.world().store.permissions().grant(username, Permission.SUPERVISOR);
        FactorVisitor v = new FactorVisitor(running);
        if (v.password(username).headers().firstValue("Location").orElse("").equals(FactorSignIn.ENROL)) {
            String secret = FactorVisitor.secretOn(v.get(FactorSignIn.ENROL).body()); // the party requires it already
            v.post(FactorSignIn.ENROL, "code=" + FactorVisitor.code(secret, clock.instant()));
        }
        return v.signedIn();
    }

    /** Sets up the signed-in visitor's own factor on the desk page and confirms it. */
    private static void ownFactor(FactorVisitor v) {
        v.post("/desk/factor/enrol", "");
        String secret = FactorVisitor.secretOn(v.get("/desk/factor").body());
        assertThat(v.post("/desk/factor/confirm", "code=" + FactorVisitor.code(secret, clock.instant())).statusCode())
                .isEqualTo(303);
    }

    /** A party of this test's own, so requiring the factor of it touches no other test's accounts. */
    private static PartyId party(String id) {
        PartyId party = new PartyId(id);
        running.world().store.parties().add(new Party(party, "Party " + id, PartyKind.BELLIGERENT));
        return party;
    }

    @Test
    void aSupervisorWithoutAFactorOfItsOwnIsRefusedTheRequirement() {
        PartyId c = party("cf");
        FactorVisitor boss = supervisor("r-first", c);

        HttpResponse<String> r = boss.post("/desk/factor/party", "required=yes");

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("Set up your own second factor first");
        assertThat(running.world().store.secondFactors().required(c)).isFalse();
    }

    @Test
    void requiringTheFactorEndsTheOpenSessionsAndTokensOfTheAccountsWithoutOne() {
        PartyId c = party("cs");
        FactorVisitor boss = supervisor("r-boss-c", c);
        ownFactor(boss);
        FactorVisitor.account(running, "r-open", c);
        FactorVisitor open = new FactorVisitor(running);
        open.password("r-open");
        String token = Client.json(running.anonymous().postJson("/api/v1/auth/token",
                "{\"username\":\"r-open\",\"password\":\"" + Fixture.PASSWORD + "\"}")).get("token").asString();
        assertThat(open.client().get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(running.anonymous().bearer(token).get("/api/v1/me").statusCode()).isEqualTo(200);

        assertThat(boss.post("/desk/factor/party", "required=yes").statusCode()).isEqualTo(303);

        assertThat(open.client().get("/api/v1/me").statusCode()).as("the session without a factor").isEqualTo(401);
        assertThat(running.anonymous().bearer(token).get("/api/v1/me").statusCode()).as("its token").isEqualTo(401);
        assertThat(boss.client().get("/api/v1/me").statusCode()).as("the supervisor, who has one").isEqualTo(200);
        assertThat(new FactorVisitor(running).password("r-open").headers().firstValue("Location")).contains("/login/enrol");
    }

    @Test
    void aSupervisorRequiresTheFactorAndAnAccountWithoutOneEnrolsAtItsNextSignIn() {
        FactorVisitor boss = supervisor("r-boss");
        ownFactor(boss);
        assertThat(boss.get("/desk/factor").body()).contains("id=\"factor-party\"").contains("data-required=\"no\"");
        assertThat(boss.post("/desk/factor/party", "required=yes").statusCode()).isEqualTo(303);
        assertThat(boss.get("/desk/factor").body()).contains("data-required=\"yes\"");
        FactorVisitor.account(running, "r-plain", Fixture.B);

        FactorVisitor v = new FactorVisitor(running);
        HttpResponse<String> r = v.password("r-plain");
        assertThat(r.headers().firstValue("Location")).contains("/login/enrol");
        assertThat(v.client().get("/desk").statusCode()).as("nothing else before enrolling").isEqualTo(303);
        String page = v.get("/login/enrol").body();
        String secret = FactorVisitor.secretOn(page);
        assertThat(page).contains("id=\"factor-qr\"");
        HttpResponse<String> done = v.post("/login/enrol", "code=" + FactorVisitor.code(secret, clock.instant()));

        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        assertThat(v.client().get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(running.world().store.secondFactors().find("r-plain").orElseThrow().confirmed()).isTrue();
    }

    @Test
    void aWrongCodeAtTheRequiredEnrolmentIsRefusedAndNoSessionStarts() {
        running.world().store.secondFactors().require(Fixture.B, true);
        FactorVisitor.account(running, "r-wrong", Fixture.B);
        FactorVisitor v = new FactorVisitor(running);
        v.password("r-wrong");
        String secret = FactorVisitor.secretOn(v.get("/login/enrol").body());
        String right = FactorVisitor.code(secret, clock.instant());

        HttpResponse<String> r = v.post("/login/enrol", "code=" + (right.equals("000000") ? "000001" : "000000"));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"refusal\"");
        assertThat(v.client().get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aDeskThatDoesNotSuperviseIsRefusedTheRequirementAndTheReset() {
        FactorVisitor.account(running, "r-clerk", Fixture.A);
        FactorVisitor v = new FactorVisitor(running);
        v.password("r-clerk");
        v.signedIn();
        assertThat(v.get("/desk/factor").body()).doesNotContain("id=\"factor-party\"");

        assertThat(v.post("/desk/factor/party", "required=yes").statusCode()).isEqualTo(403);
        assertThat(v.post("/desk/factor/reset", "username=a-desk").statusCode()).isEqualTo(403);
        assertThat(running.world().store.secondFactors().required(Fixture.A)).isFalse();
    }

    @Test
    void aSupervisorResetsALostFactorAndTheAccountEnrolsAnewWhenRequired() {
        running.world().store.secondFactors().require(Fixture.B, true);
        FactorVisitor.account(running, "r-lost", Fixture.B);
        running.world().store.secondFactors().begin("r-lost", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", clock.instant());
        running.world().store.secondFactors().confirm("r-lost", 1);
        FactorVisitor boss = supervisor("r-boss2");
        assertThat(boss.get("/desk/factor").body()).contains(">r-lost<");

        assertThat(boss.post("/desk/factor/reset", "username=r-lost").statusCode()).isEqualTo(303);

        assertThat(running.world().store.secondFactors().find("r-lost")).isEmpty();
        assertThat(new FactorVisitor(running).password("r-lost").headers().firstValue("Location")).contains("/login/enrol");
    }

    @Test
    void aSupervisorCannotResetAnotherPartysAccount() {
        FactorVisitor.account(running, "r-other", Fixture.A);
        running.world().store.secondFactors().begin("r-other", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", clock.instant());
        running.world().store.secondFactors().confirm("r-other", 1);
        FactorVisitor boss = supervisor("r-boss3");

        HttpResponse<String> r = boss.post("/desk/factor/reset", "username=r-other");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(running.world().store.secondFactors().find("r-other")).isPresent();
    }

    @Test
    void aBearerTokenIsRefusedWhileTheRequiredFactorIsNotEnrolled() {
        running.world().store.secondFactors().require(Fixture.B, true);
        FactorVisitor.account(running, "r-token", Fixture.B);
        HttpResponse<String> r = running.anonymous().postJson("/api/v1/auth/token",
                "{\"username\":\"r-token\",\"password\":\"" + Fixture.PASSWORD + "\"}");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Client.json(r).get("error").asString()).isEqualTo("second_factor_enrolment");
    }

    @Test
    void theSecondFactorsPagesHaveNoEnglishInUkrainianOrRussian() {
        running.world().store.secondFactors().require(Fixture.B, true);
        FactorVisitor boss = supervisor("r-words");
        running.world().store.secondFactors().remove("r-words"); // enrolled at sign-in, as the party requires it
        boss.post("/desk/factor/enrol", "");
        FactorVisitor.account(running, "r-words-new", Fixture.B);
        FactorVisitor enrolling = new FactorVisitor(running);
        enrolling.password("r-words-new");
        FactorVisitor.account(running, "r-words-code", Fixture.B);
        running.world().store.secondFactors().begin("r-words-code", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", clock.instant());
        running.world().store.secondFactors().confirm("r-words-code", 1);
        FactorVisitor coding = new FactorVisitor(running);
        coding.password("r-words-code");
        for (String lang : java.util.List.of("uk", "ru")) {
            java.util.Map<String, String> pages = java.util.Map.of(
                    "/desk/factor (supervisor, setting up)", boss.get("/desk/factor?lang=" + lang).body(),
                    "/login/enrol", enrolling.get("/login/enrol?lang=" + lang).body(),
                    "/login/code", coding.get("/login/code?lang=" + lang).body());
            pages.forEach((page, html) -> {
                assertThat(html).as(page).contains("lang=\"" + lang + "\"");
                assertThat(VisibleWords.english(VisibleWords.text(html))).as(page + " in " + lang).isEmpty();
            });
        }
        assertThat(boss.get("/desk/factor?lang=uk").body()).contains("id=\"factor-party\"").contains("id=\"factor-secret\"");
    }
}
