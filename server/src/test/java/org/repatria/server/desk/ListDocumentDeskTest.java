package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;

/** A list uploaded on the desk is signed on its page — in the browser, or with the server-held key — and shows its trail. */
class ListDocumentDeskTest {
    private static final Pattern STATEMENT = Pattern.compile("data-statement=\"([^\"]+)\"");
    private static final NoteSigner UA_KEY = Documents.UA_KEY;
    private static final NoteSigner RU_KEY = Documents.RU_KEY;

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @BeforeAll
    static void keys() {
        Documents.registerPartyKeys(running);
    }

    @Test
    void anUploadedListIsNotYetSignedAndItsAuthorIsOfferedToSignItInTheBrowser() {
        String page = running.desk(Who.A_DESK).get(uploaded(Who.A_DESK, "Unsigned", "Бондар")).body();
        assertThat(page).contains("Not yet signed", "data-key-file", "/assets/sign.js").containsPattern(STATEMENT.pattern())
                .doesNotContain("name=\"custody\" value=\"server-held\"");
    }

    @Test
    void theStatementSignedOnTheAuthorsMachinePutsTheListOnTheLogWithACheckedReceipt() {
        String path = uploaded(Who.A_DESK, "Signed", "Мельник");
        HttpResponse<String> r = signWith(path, UA_KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String page = running.desk(Who.A_DESK).get(path).body();
        assertThat(page).contains("Signed, on the log at entry", "Submitted", "Receipt checked").doesNotContain("data-statement");
    }

    @Test
    void aSignatureByAnotherPartysKeyIsRefusedAndTheListStaysUnsigned() {
        String path = uploaded(Who.A_DESK, "Forged", "Ткаченко");
        HttpResponse<String> r = signWith(path, RU_KEY);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(running.desk(Who.A_DESK).get(path).body()).contains("Not yet signed");
    }

    @Test
    void aPartyWhoseKeyTheServerHoldsSignsWithOneClickAndTheTrailSaysSo() {
        String path = uploaded(Who.B_DESK, "Held", "Иванов");
        assertThat(running.desk(Who.B_DESK).get(path).body()).contains("name=\"custody\" value=\"server-held\"");
        HttpResponse<String> r = running.desk(Who.B_DESK).post(path + "/document", "custody=server-held", DocumentDeskTest.FORM);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(running.desk(Who.B_DESK).get(path).body()).contains("Signed, on the log at entry", "server-held key");
    }

    @Test
    void theMediatorSeesWhetherAListIsSignedButIsOfferedNoSigningForm() {
        String path = "/desk/lists/" + running.world().aPrisoners;
        assertThat(running.desk(Who.MEDIATOR_DESK).get(path).body()).contains("Not yet signed").doesNotContain("data-statement");
    }

    @Test
    void aListAlteredUnderTheRunningServerIsFlaggedOnItsPageFromTheFirstAuditThatReadsIt() {
        String path = uploaded(Who.B_DESK, "Altered", "Петров");
        running.desk(Who.B_DESK).post(path + "/document", "custody=server-held", DocumentDeskTest.FORM);
        String id = path.substring(path.lastIndexOf('/') + 1);
        assertThat(running.alterRows(id, "given_name = 'Пётр'")).isEqualTo(1);
        // The desk checked the rows once (at signing); the audit reads them again, and the desk shows what it found.
        assertThat(Client.json(running.api(Who.B_DESK).get("/api/v1/lists/" + id + "/document")).get("intact").asBoolean())
                .isFalse();
        assertThat(running.desk(Who.B_DESK).get(path).body()).contains("id=\"list-document-tampered\"");
    }

    private static String uploaded(Who who, String title, String surname) {
        Client desk = running.desk(who);
        HttpResponse<String> r = UploadPagesTest.upload(desk, "", title,
                ("id,surname,given_name,category\n1," + surname + ",Ігор,CIVILIAN\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** Signs the statement on A's page for {@code path} with {@code key}, as sign.js would, and posts the form. */
    private static HttpResponse<String> signWith(String path, NoteSigner key) {
        String statement = statement(path);
        return running.desk(Who.A_DESK).post(path + "/document", "statement=" + URLEncoder.encode(statement, StandardCharsets.UTF_8)
                + "&signature=" + URLEncoder.encode(DocumentDeskTest.signatureLine(statement, key), StandardCharsets.UTF_8),
                DocumentDeskTest.FORM);
    }

    private static String statement(String path) {
        Matcher m = STATEMENT.matcher(running.desk(Who.A_DESK).get(path).body());
        assertThat(m.find()).as("signing form on " + path).isTrue();
        return m.group(1);
    }
}
