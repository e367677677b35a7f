package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.Fixture.Who;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;

/**
 * The desk checks a signed list's stored rows against the signed hash once per run, not on every view (issue 15,
 * docs/decisions/0168), and still never shows altered rows as intact: rows altered while the server was stopped are
 * flagged on the first view after the start, on every page of the list.
 */
class ListIntegrityDeskTest {
    private static final String TAMPERED = "id=\"list-document-tampered\"";
    @TempDir
    Path dir;
    Fixture world;
    Server server;

    @BeforeEach
    void start() {
        world = new Fixture(dir, 3);
        server = Server.start(ServerConfig.of(world.store).withPort(0));
        HttpResponse<String> r = Callers.api(server.port(), Who.MEDIATOR_DESK).post("/api/v1/parties/" + Fixture.B
                + "/server-held-key", "", "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.stop();
        world.close();
    }

    @Test
    void rowsAlteredWhileTheServerWasStoppedAreFlaggedOnTheFirstViewAfterTheStart() {
        String path = signedList(3);
        assertThat(desk().get(path).body()).doesNotContain(TAMPERED);
        server.stop();
        assertThat(alterRows(id(path), "given_name = 'Пётр'")).isEqualTo(3);
        server = Server.start(ServerConfig.of(world.store).withPort(0));
        assertThat(desk().get(path).body()).contains(TAMPERED);
    }

    @Test
    void everyPageOfAnAlteredListIsFlaggedNotOnlyTheFirst() {
        String path = signedList(120);
        server.stop();
        assertThat(alterRows(id(path), "surname = 'Иванов'")).isEqualTo(120);
        server = Server.start(ServerConfig.of(world.store).withPort(0));
        HttpResponse<String> second = desk().get(path + "?offset=50");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains(TAMPERED);
        assertThat(desk().get(path).body()).contains(TAMPERED);
    }

    @Test
    void anIntactListIsShownIntactOnEveryView() {
        String path = signedList(120);
        for (String page : new String[] {path, path + "?offset=50", path, path + "?offset=100"}) {
            HttpResponse<String> r = desk().get(page);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(TAMPERED).contains("Signed, on the log at entry");
        }
    }

    @Test
    void aStepLoggedAfterAViewIsOnTheNextView() {
        String path = signedList(3);
        assertThat(desk().get(path).body()).doesNotContain("<li>Relayed — ");
        HttpResponse<String> relayed = Callers.desk(server.port(), Who.MEDIATOR_DESK).post(path + "/relay",
                "confirm=yes&to=" + Fixture.A, DocumentDeskTest.FORM);
        assertThat(relayed.statusCode()).as(relayed.body()).isEqualTo(303);
        assertThat(desk().get(path).body()).contains("<li>Relayed — ");
    }

    private Client desk() {
        return Callers.desk(server.port(), Who.B_DESK);
    }

    /** A list of {@code rows} rows uploaded on B's desk and signed with the server-held key; its page's path. */
    private String signedList(int rows) {
        String csv = "id,surname,given_name,category\n" + IntStream.rangeClosed(1, rows)
                .mapToObj(i -> i + ",Петренко,Ігор" + i + ",CIVILIAN").collect(Collectors.joining("\n")) + "\n";
        HttpResponse<String> r = UploadPagesTest.upload(desk(), "", "Integrity " + rows, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String path = r.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> signed = desk().post(path + "/document", "custody=server-held", DocumentDeskTest.FORM);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(303);
        return path;
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    // An attacker with write access to the stopped server's database.
    private int alterRows(String listId, String assignment) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("repatria.sqlite"));
             PreparedStatement update = c.prepareStatement("UPDATE list_rows SET " + assignment + " WHERE list_id = ?")) {
            update.setString(1, listId);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not alter the rows of list " + listId, e);
        }
    }
}
