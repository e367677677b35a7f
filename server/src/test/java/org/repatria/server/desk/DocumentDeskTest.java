package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.SignedNote;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import org.repatria.server.identification.Multipart;
import org.repatria.server.log.LogEntry;
import tools.jackson.databind.json.JsonMapper;

/** The documents page lets an addressee acknowledge a relayed document with a signature made on its own machine. */
class DocumentDeskTest {
    static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern STATEMENT = Pattern.compile("data-statement=\"([^\"]+)\"");
    private static final NoteSigner UA_KEY = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
    private static final NoteSigner RU_KEY = NoteSigner.generate("ru-mod", KeyType.ED25519, new SecureRandom());

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @BeforeAll
    static void registerKeys() {
        Documents.register(running, Fixture.A, UA_KEY);
        Documents.register(running, Fixture.B, RU_KEY);
    }

    @Test
    void theAddresseeSignsTheOfferedStatementAndTheDocumentShowsAsReceived() {
        String id = Documents.relayed(running, A_DESK, UA_KEY, "desk list one");
        String statement = offeredStatement(id);
        HttpResponse<String> r = post(id, statement, signatureLine(statement, RU_KEY));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String page = running.desk(B_DESK).get("/desk/documents").body();
        assertThat(page).contains("Received").doesNotContain("/desk/documents/" + id + "/acknowledgement");
    }

    @Test
    void aSignatureByAnotherKeyIsRefusedAndNothingIsLogged() {
        String id = Documents.relayed(running, A_DESK, UA_KEY, "desk list two");
        String statement = offeredStatement(id);
        long before = running.server().log().checkpoint().checkpoint().size();
        HttpResponse<String> r = post(id, statement, signatureLine(statement, UA_KEY));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(running.server().log().checkpoint().checkpoint().size()).isEqualTo(before);
        assertThat(offeredStatement(id)).isNotEmpty();
    }

    @Test
    void aStatementAlteredAfterSigningIsRefused() {
        String id = Documents.relayed(running, A_DESK, UA_KEY, "desk list three");
        String statement = offeredStatement(id);
        String line = signatureLine(statement, RU_KEY);
        String altered = new String(Base64.getDecoder().decode(statement), StandardCharsets.US_ASCII)
                .replace("key own", "key server-held");
        HttpResponse<String> r = post(id, Base64.getEncoder().encodeToString(altered.getBytes(StandardCharsets.US_ASCII)), line);
        assertThat(r.statusCode()).isEqualTo(422);
    }

    @Test
    void theAuthorIsNotOfferedToAcknowledgeItsOwnDocument() {
        String id = Documents.relayed(running, A_DESK, UA_KEY, "desk list four");
        assertThat(running.desk(A_DESK).get("/desk/documents").body()).doesNotContain(id + "/acknowledgement");
    }

    @Test
    void aDocumentFileWithItsDetachedSignedEntryIsSubmittedFromTheDesk() {
        String entry = signedSubmission("upload list one", Instant.now());
        Multipart form = new Multipart().file("document", "upload list one").file("entry", entry);
        HttpResponse<String> r = running.desk(A_DESK).post("/desk/documents", form.body(), form.contentType());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String id = LogEntry.parse(entry.getBytes(StandardCharsets.UTF_8)).statement().envelope().id().hex();
        assertThat(running.api(A_DESK).get("/api/v1/documents/" + id + "/content").body()).isEqualTo("upload list one");
    }

    @Test
    void anUploadedFileThatIsNotTheSignedOneIsRefused() {
        String entry = signedSubmission("upload list two", Instant.now());
        Multipart form = new Multipart().file("document", "upload list two, edited").file("entry", entry);
        HttpResponse<String> r = running.desk(A_DESK).post("/desk/documents", form.body(), form.contentType());
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void theSigningScriptIsServedFromTheServerItself() {
        HttpResponse<String> r = running.anonymous().get("/assets/sign.js");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(r.body()).contains("crypto.subtle.sign");
    }

    /** The base64 statement in the acknowledgement form of document {@code id} on the addressee's page. */
    static String offeredStatement(String id) {
        String page = running.desk(B_DESK).get("/desk/documents").body();
        int form = page.indexOf("/desk/documents/" + id + "/acknowledgement");
        assertThat(form).as("acknowledgement form for " + id).isPositive();
        Matcher m = STATEMENT.matcher(page);
        assertThat(m.find(form)).isTrue();
        return m.group(1);
    }

    private static String signedSubmission(String text, Instant time) {
        return JsonMapper.builder().build().readTree(Documents.submission(UA_KEY, Fixture.A, text, time)).get("entry").asString();
    }

    static String signatureLine(String statement, NoteSigner key) {
        String text = new String(Base64.getDecoder().decode(statement), StandardCharsets.US_ASCII);
        String note = new String(SignedNote.sign(text, key).encoded(), StandardCharsets.UTF_8);
        return note.substring(text.length() + 1).strip();
    }

    private static HttpResponse<String> post(String id, String statement, String line) {
        return running.desk(B_DESK).post("/desk/documents/" + id + "/acknowledgement", "statement="
                + URLEncoder.encode(statement, StandardCharsets.UTF_8) + "&signature=" + URLEncoder.encode(line, StandardCharsets.UTF_8),
                FORM);
    }
}
