package org.repatria.server.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/**
 * Malformed request bodies are the client's mistake: a 4xx naming what is wrong, never a 500 and never a stack trace,
 * anonymously and signed in.
 */
class MalformedBodyTest {
    private static final String MULTIPART_X = "multipart/form-data; boundary=x";
    private static final byte[] GARBAGE = "garbage\u0000\u00ff not multipart at all".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] TRUNCATED = "--x\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nabc"
            .getBytes(StandardCharsets.ISO_8859_1);
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    private static HttpResponse<String> post(Client c, String path, String type, byte[] body) {
        return c.send(c.request(path).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static Client loginForm() {
        return Callers.desk(running.port(), Who.ANONYMOUS);
    }

    private static void assertRefused(HttpResponse<String> r, int status, String words) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).contains(words).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.");
    }

    @Test
    void garbageMultipartToTheLoginPageIsA400() {
        assertRefused(post(running.anonymous(), "/login", MULTIPART_X, GARBAGE), 400, "ends early");
        assertRefused(post(loginForm(), "/login", MULTIPART_X, GARBAGE), 400, "ends early");
    }

    @Test
    void anEmptyMultipartBodyIsA400() {
        assertRefused(post(loginForm(), "/login", MULTIPART_X, new byte[0]), 400, "");
        assertRefused(post(running.desk(Who.A_DESK), "/desk/upload", MULTIPART_X, new byte[0]), 400, "");
    }

    @Test
    void aTruncatedMultipartBodyIsA400() {
        assertRefused(post(loginForm(), "/login", MULTIPART_X, TRUNCATED), 400, "ends early");
        assertRefused(post(running.desk(Who.A_DESK), "/desk/upload", MULTIPART_X, TRUNCATED), 400, "ends early");
    }

    @Test
    void aMultipartBodyWithoutABoundaryIsA400() {
        assertRefused(post(loginForm(), "/login", "multipart/form-data", GARBAGE), 400, "no boundary");
        assertRefused(post(running.desk(Who.A_DESK), "/desk/upload", "multipart/form-data", GARBAGE), 400, "no boundary");
    }

    @Test
    void aNulInAnUploadedFileNameIsA400() {
        String body = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000b.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nsurname\r\nX\r\n--x--\r\n";
        assertRefused(post(running.desk(Who.A_DESK), "/desk/upload", MULTIPART_X, body.getBytes(StandardCharsets.ISO_8859_1)),
                400, "NUL");
    }

    @Test
    void aBadlyEncodedFormIsReadLenientlyAndRefusedAsAWrongSignIn() {
        assertRefused(post(loginForm(), "/login", "application/x-www-form-urlencoded",
                "username=%zz&password=%".getBytes(StandardCharsets.US_ASCII)), 401, "");
    }

    @Test
    void garbageMultipartToAJsonRouteIsA400InJson() {
        HttpResponse<String> r = post(running.desk(Who.A_DESK), "/api/v1/lists", MULTIPART_X, GARBAGE);
        assertRefused(r, 400, "ends early");
        assertThat(Client.json(r).get("error").asString()).isEqualTo("malformed");
    }

    @Test
    void aLoneSurrogateInAJsonFieldIsA400NamingTheFieldAndNothingIsStored() {
        Client a = running.api(Who.A_DESK);
        int lists = Client.json(a.get("/api/v1/lists")).size();
        HttpResponse<String> r = a.postJson("/api/v1/lists", "{\"title\":\"t\",\"purpose\":\"request\",\"category\":\"pow\","
                + "\"rows\":[{\"id\":\"1\",\"surname\":\"\\ud800abc\"}]}");
        assertRefused(r, 400, "rows[0].surname: holds a lone surrogate (U+D800)");
        assertThat(Client.json(a.get("/api/v1/lists")).size()).isEqualTo(lists);
    }

    @Test
    void anAnonymousBodyOverItsLimitIsA413NamingTheLimit() {
        HttpResponse<String> r = post(running.anonymous(), "/api/v1/auth/token", "application/json", new byte[100_000]);
        assertRefused(r, 413, "the limit is 65,536 bytes");
    }

    @Test
    void aSignedInFormOverItsLimitIsA413NamingTheLimit() {
        String cookie = running.desk(Who.A_DESK).request("/").build().headers().firstValue("Cookie").orElseThrow();
        String reply = RawHttp.headOnly(running.port(), "POST /desk/upload", "Cookie: " + cookie,
                "Content-Type: application/x-www-form-urlencoded", "Content-Length: " + (BodyLimits.FORM_BYTES + 1));
        assertThat(reply).startsWith("HTTP/1.1 413").contains("the limit is 1,048,576 bytes").doesNotContain("Exception");
    }

    @Test
    void aSignedInJsonBodyOverItsLimitIsA413NamingTheLimit() {
        String token = running.api(Who.A_DESK).request("/").build().headers().firstValue("Authorization").orElseThrow();
        String reply = RawHttp.headOnly(running.port(), "POST /api/v1/lists", "Authorization: " + token,
                "Content-Type: application/json", "Content-Length: " + (BodyLimits.JSON_BYTES + 1));
        assertThat(reply).startsWith("HTTP/1.1 413").contains("the limit is 16,777,216 bytes").doesNotContain("Exception");
    }

    @Test
    void anAnonymousBodyOfUnknownLengthIsA411() {
        Client c = running.anonymous();
        HttpResponse<String> r = c.send(c.request("/api/v1/auth/token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes()))));
        assertRefused(r, 411, "Content-Length");
    }
}
