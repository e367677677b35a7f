package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;

/** The desk over plain HTTP: languages, escaping, security headers, redirects, role-specific pages. */
class DeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(120);

    private static HttpResponse<String> get(String path, String acceptLanguage) {
        Client c = running.anonymous();
        return c.send(c.request(path).header("Accept-Language", acceptLanguage).GET());
    }

    @Test
    void theLoginPageFollowsAcceptLanguage() {
        assertThat(get("/login", "uk-UA,uk;q=0.9,en;q=0.5").body()).contains("<html lang=\"uk\">", "Вхід");
        assertThat(get("/login", "ru").body()).contains("<html lang=\"ru\">", "Вход");
        assertThat(get("/login", "de-DE").body()).contains("<html lang=\"en\">", "Sign in");
        assertThat(get("/login", "%%%garbage").statusCode()).isEqualTo(200);
    }

    @Test
    void aLanguageLinkSwitchesAndSetsACookie() {
        HttpResponse<String> r = get("/login?lang=ru", "en");
        assertThat(r.body()).contains("Вход");
        assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("repatria_lang=ru"));
        Client c = running.anonymous();
        assertThat(c.send(c.request("/login").header("Cookie", "repatria_lang=uk").GET()).body()).contains("Вхід");
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        HttpResponse<String> r = running.anonymous().get("/desk/lists");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/login");
    }

    @Test
    void aWrongPasswordOnTheFormGivesTheSameGenericMessage() {
        HttpResponse<String> form = running.anonymous().get("/login");
        String body = "_csrf=" + Callers.csrf(form.body()) + "&username=a-desk&password=nope";
        HttpResponse<String> r = running.anonymous().session(Callers.cookie(form), "")
                .post("/login", body, "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("Wrong username or password.");
    }

    @Test
    void theLoginFormWithoutItsCsrfTokenIsRefused() {
        HttpResponse<String> form = running.anonymous().get("/login");
        HttpResponse<String> r = running.anonymous().session(Callers.cookie(form), "")
                .post("/login", "username=a-desk&password=" + Fixture.PASSWORD, "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("data-error=\"csrf\"");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/login", "/api/health", "/nothing/here", "/assets/desk.css"}) {
            HttpResponse<String> r = running.anonymous().get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        }
    }

    @Test
    void pagesHaveNoInlineScriptOrStyleAndNoOutsideResources() {
        String home = running.desk(Who.MEDIATOR_DESK).get("/desk").body();
        assertThat(home).doesNotContain("<script").doesNotContain("style=").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void textFromAListIsEscaped() {
        Client a = running.api(Who.A_DESK);
        a.postJson("/api/v1/lists", "{\"title\":\"<script>alert(1)</script>\",\"purpose\":\"request\",\"category\":\"pow\","
                + "\"rows\":[{\"id\":\"1\",\"surname\":\"<b>Bold</b>\"}]}");
        String lists = running.desk(Who.A_DESK).get("/desk/lists").body();
        assertThat(lists).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void theMediatorsHomeShowsTheRelayQueueAndAPartysDoesNot() {
        assertThat(running.desk(Who.MEDIATOR_DESK).get("/desk").body()).contains("Lists awaiting relay");
        assertThat(running.desk(Who.A_DESK).get("/desk").body()).doesNotContain("Lists awaiting relay")
                .contains("Lists your party submitted");
    }

    @Test
    void onlyTheMediatorGetsTheRelayFormOnceTheListIsSignedAndItWorks() {
        Client mediator = running.desk(Who.MEDIATOR_DESK);
        assertThat(mediator.get("/desk/lists/" + running.world().bPrisoners).body()).as("unsigned: nothing to relay yet")
                .doesNotContain("name=\"to\"");
        HttpResponse<String> unsigned = mediator.post("/desk/lists/" + running.world().bPrisoners + "/relay", "to=ua&confirm=yes",
                "application/x-www-form-urlencoded");
        assertThat(unsigned.statusCode()).isEqualTo(409);
        Documents.signWithServerHeldKey(running, Who.B_DESK, Fixture.B, running.world().bPrisoners.toString());
        assertThat(mediator.get("/desk/lists/" + running.world().bPrisoners).body()).contains("name=\"to\"");
        assertThat(running.desk(Who.B_DESK).get("/desk/lists/" + running.world().bPrisoners).body()).doesNotContain("name=\"to\"");
        HttpResponse<String> r = mediator.post("/desk/lists/" + running.world().bPrisoners + "/relay", "to=ua&confirm=yes",
                "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(running.desk(Who.A_DESK).get("/desk/lists/" + running.world().bPrisoners).statusCode()).isEqualTo(200);
    }

    @Test
    void aBadPagingParameterOnTheDeskIsAnHtml400() {
        HttpResponse<String> r = running.desk(Who.A_DESK).get("/desk/lists/" + running.world().aPrisoners + "?limit=-1");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-error=\"invalid\"");
    }
}
