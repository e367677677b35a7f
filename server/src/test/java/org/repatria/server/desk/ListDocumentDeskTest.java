package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.log.Documents;

/** A list uploaded on the desk is signed on its page — in the browser, or with the server-held key — and shows its trail. */
class ListDocumentDeskTest {
    private static final Pattern STATEMENT = Pattern.compile("data-statement=\"([^\"]+)\"");
    private static final NoteSigner UA_KEY = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
    private static final NoteSigner RU_KEY = NoteSigner.generate("ru-mod", KeyType.ED25519, new SecureRandom());

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @BeforeAll
    static void keys() {
        Documents.register(running, Fixture.A, UA_KEY);
        Documents.register(running, Fixture.B, RU_KEY);
        HttpResponse<String> held = running.api(Who.MEDIATOR_DESK).post("/api/v1/parties/ru/server-held-key", "", "application/json");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
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
        String statement = statement(path);
        HttpResponse<String> r = running.desk(Who.A_DESK).post(path + "/document", "statement="
                + URLEncoder.encode(statement, StandardCharsets.UTF_8) + "&signature="
                + URLEncoder.encode(DocumentDeskTest.signatureLine(statement, UA_KEY), StandardCharsets.UTF_8), DocumentDeskTest.FORM);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String page = running.desk(Who.A_DESK).get(path).body();
        assertThat(page).contains("Signed, on the log at entry", "Submitted", "Receipt checked").doesNotContain("data-statement");
    }

    @Test
    void aSignatureByAnotherPartysKeyIsRefusedAndTheListStaysUnsigned() {
        String path = uploaded(Who.A_DESK, "Forged", "Ткаченко");
        String statement = statement(path);
        HttpResponse<String> r = running.desk(Who.A_DESK).post(path + "/document", "statement="
                + URLEncoder.encode(statement, StandardCharsets.UTF_8) + "&signature="
                + URLEncoder.encode(DocumentDeskTest.signatureLine(statement, RU_KEY), StandardCharsets.UTF_8), DocumentDeskTest.FORM);
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
    void aListAlteredInTheDatabaseAfterSigningIsFlaggedOnItsPage() throws SQLException {
        String path = uploaded(Who.B_DESK, "Altered", "Петров");
        running.desk(Who.B_DESK).post(path + "/document", "custody=server-held", DocumentDeskTest.FORM);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + running.dataDir().resolve("repatria.sqlite"));
             PreparedStatement update = c.prepareStatement("UPDATE list_rows SET given_name = 'Пётр' WHERE list_id = ?")) {
            update.setString(1, path.substring(path.lastIndexOf('/') + 1));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(running.desk(Who.B_DESK).get(path).body()).contains("id=\"list-document-tampered\"");
    }

    private static String uploaded(Who who, String title, String surname) {
        Client desk = running.desk(who);
        HttpResponse<String> r = UploadPagesTest.upload(desk, "", title,
                ("id,surname,given_name,category\n1," + surname + ",Ігор,CIVILIAN\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static String statement(String path) {
        Matcher m = STATEMENT.matcher(running.desk(Who.A_DESK).get(path).body());
        assertThat(m.find()).as("signing form on " + path).isTrue();
        return m.group(1);
    }
}
