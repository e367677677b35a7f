package org.repatria.server.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import tools.jackson.databind.JsonNode;

/** Persons survive a restart: the same ids, reviewers' corrections kept, a merged person's id still answering. */
class PersonRestartTest {
    @TempDir
    Path dir;
    Fixture world;
    Server server;
    PersonLists lists;

    @BeforeEach
    void start() {
        world = new Fixture(dir, 3);
        server = Server.start(ServerConfig.of(world.store).withPort(0));
        lists = new PersonLists(world.store, server.persons());
    }

    @AfterEach
    void stop() {
        server.stop();
        world.close();
    }

    private void restart() {
        server.stop();
        server = Server.start(ServerConfig.of(world.store).withPort(0));
        assertThat(server.persons().settle(Duration.ofSeconds(60))).isTrue();
    }

    private Client mediator() {
        return Callers.api(server.port(), MEDIATOR_DESK);
    }

    private JsonNode first(String q) {
        return Client.json(mediator().get("/api/v1/persons?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).get("persons").get(0);
    }

    private List<String> rows(JsonNode person) {
        return person.get("rows").valueStream().map(r -> r.get("row_id").asString()).sorted().toList();
    }

    private int correct(String id, String aList, String aRow, String bList, String bRow, String verdict) {
        return mediator().postJson("/api/v1/persons/" + id + "/corrections", """
                {"a_list": "%s", "a_row": "%s", "b_list": "%s", "b_row": "%s", "verdict": "%s", "reason": "papers seen"}"""
                .formatted(aList, aRow, bList, bRow, verdict)).statusCode();
    }

    @Test
    void aRestartKeepsEveryPersonsIdAndRows() {
        JsonNode before = first("Ковальчук Олександр 1990");
        JsonNode boiko = first("Boiko");

        restart();

        assertThat(first("Ковальчук Олександр 1990").get("id").asString()).isEqualTo(before.get("id").asString());
        assertThat(rows(first("Ковальчук Олександр 1990"))).isEqualTo(rows(before));
        assertThat(first("Boiko").get("id").asString()).isEqualTo(boiko.get("id").asString());
    }

    @Test
    void aSplitIsRecordedAndKeptAcrossARestart() {
        String id = first("Ковальчук Олександр 1990").get("id").asString();

        assertThat(correct(id, lists.ua.toString(), "u1", lists.ru.toString(), "r1", "different")).isEqualTo(201);
        assertThat(rows(Client.json(mediator().get("/api/v1/persons/" + id))).containsAll(List.of("r1", "u1"))).isFalse();
        restart();

        JsonNode person = Client.json(mediator().get("/api/v1/persons/" + id));
        assertThat(rows(person)).containsAnyOf("u1", "r1");
        assertThat(rows(person).containsAll(List.of("r1", "u1"))).isFalse();
    }

    @Test
    void aMergedPersonsIdAnswersWithTheSurvivorAcrossARestart() {
        String petrenko = first("Петренко Андрій").get("id").asString();
        String sydorenko = first("Сидоренко Олег").get("id").asString();
        assertThat(petrenko).isNotEqualTo(sydorenko);

        assertThat(correct(petrenko, lists.ua.toString(), "u3", lists.ru.toString(), "r3", "same")).isEqualTo(201);
        restart();

        JsonNode viaOld = Client.json(mediator().get("/api/v1/persons/" + petrenko));
        JsonNode viaOther = Client.json(mediator().get("/api/v1/persons/" + sydorenko));
        assertThat(viaOld.get("id").asString()).isEqualTo(viaOther.get("id").asString());
        assertThat(rows(viaOld)).containsExactly("r3", "u3");
    }

    @Test
    void aCorrectionNeedsAReasonAndRowsOfThePerson() {
        String id = first("Петренко Андрій").get("id").asString();
        var noReason = mediator().postJson("/api/v1/persons/" + id + "/corrections", """
                {"a_list": "%s", "a_row": "u3", "b_list": "%s", "b_row": "r3", "verdict": "same", "reason": " "}"""
                .formatted(lists.ua, lists.ru));

        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(correct(id, lists.ru.toString(), "r3", lists.ua.toString(), "u3", "same")).isEqualTo(400);
        assertThat(correct(id, lists.ua.toString(), "u3", lists.ru.toString(), "r3", "maybe")).isEqualTo(400);
        assertThat(correct(id, lists.ua.toString(), "u3", lists.ua.toString(), "u2", "different")).isEqualTo(400);
    }

    @Test
    void aPartyDeskCannotCorrectWithARowItMayNotRead() {
        String id = first("Петренко Андрій").get("id").asString();
        var r = Callers.api(server.port(), Fixture.Who.A_DESK).postJson("/api/v1/persons/" + id + "/corrections", """
                {"a_list": "%s", "a_row": "u3", "b_list": "%s", "b_row": "r3", "verdict": "same", "reason": "seen"}"""
                .formatted(lists.ua, lists.ru));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Client.json(r).get("field").asString()).isEqualTo("b_row");
    }
}
