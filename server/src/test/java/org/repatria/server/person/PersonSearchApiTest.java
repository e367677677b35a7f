package org.repatria.server.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/persons?q=}: one person across lists and scripts, seen through the rows the caller may read. */
class PersonSearchApiTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(3);
    static PersonLists lists;

    @BeforeAll
    static void lists() {
        lists = new PersonLists(running);
    }

    static JsonNode search(Fixture.Who who, String q) {
        var r = running.api(who).get("/api/v1/persons?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Client.json(r).get("persons");
    }

    static Set<String> rows(JsonNode person) {
        return person.get("rows").valueStream().map(r -> r.get("row_id").asString()).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oleksandr Kovalchuk", "Aleksandr Kovalchuk", "Олександр Ковальчук", "Александр Ковальчук",
            "Kovalchuk Oleksandr", "Kowaltschuk 1990"})
    void aNameInAnyScriptFindsTheManOnBothLists(String q) {
        JsonNode first = search(MEDIATOR_DESK, q).get(0);

        assertThat(rows(first)).contains("u1", "r1");
        assertThat(first.get("names").valueStream().map(JsonNode::asString).toList())
                .contains("Ковальчук Олександр Петрович", "Ковальчук Александр Петрович");
    }

    @Test
    void theFourSpellingsFindTheSamePersons() {
        List<String> ids = List.of("Oleksandr Kovalchuk", "Aleksandr Kovalchuk", "Олександр Ковальчук", "Александр Ковальчук")
                .stream().map(q -> search(MEDIATOR_DESK, q).get(0).get("id").asString()).distinct().toList();

        assertThat(ids).hasSize(1);
    }

    @Test
    void boikoInLatinFindsTheBoikoOfBothLists() {
        assertThat(rows(search(MEDIATOR_DESK, "Boiko").get(0))).contains("u2", "r2");
        assertThat(rows(search(MEDIATOR_DESK, "Бойко").get(0))).contains("u2", "r2");
    }

    @Test
    void aMilitaryIdFindsItsMan() {
        assertThat(rows(search(MEDIATOR_DESK, "MI-555001").get(0))).contains("u1", "r1");
    }

    @Test
    void theOtherPartysUnrelayedRowsAreNeverShown() {
        JsonNode found = search(A_DESK, "Ковальчук 1990");

        assertThat(found.valueStream().flatMap(p -> rows(p).stream())).contains("u1").doesNotContain("r1");
        assertThat(found.valueStream().flatMap(p -> p.get("rows").valueStream()).map(r -> r.get("list_id").asString()))
                .doesNotContain(lists.ru.toString());
        assertThat(found.valueStream().flatMap(p -> p.get("names").valueStream()).map(JsonNode::asString))
                .doesNotContain("Ковальчук Александр Петрович");
    }

    @Test
    void aPersonOnlyOnAnotherPartysUnrelayedListIsNotFound() {
        assertThat(search(A_DESK, "Сидоренко Олег 1993").valueStream().flatMap(p -> rows(p).stream())).doesNotContain("r3");
        String id = search(MEDIATOR_DESK, "Сидоренко Олег 1993").get(0).get("id").asString();

        assertThat(running.api(A_DESK).get("/api/v1/persons/" + id).statusCode()).isEqualTo(404);
        assertThat(running.api(B_DESK).get("/api/v1/persons/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void aRelayedListsRowsAreShownToTheRecipient() {
        assertThat(rows(search(B_DESK, "Ковальчук Олександр").get(0))).contains("u1", "r1");
    }

    @Test
    void childrensRowsNeedTheChildrenPermission() {
        assertThat(search(A_DESK, "Ковальчук").valueStream().flatMap(p -> rows(p).stream())).doesNotContain("c1");
        assertThat(search(MEDIATOR_DESK, "Ковальчук").valueStream().flatMap(p -> rows(p).stream())).contains("c1");
    }

    @Test
    void onePersonShowsItsReadableRowsWithTheirLists() {
        String id = search(MEDIATOR_DESK, "Ковальчук Олександр 1990").get(0).get("id").asString();
        JsonNode person = Client.json(running.api(MEDIATOR_DESK).get("/api/v1/persons/" + id));

        assertThat(person.get("id").asString()).isEqualTo(id);
        assertThat(person.get("rows").valueStream().map(r -> r.get("list_title").asString()))
                .contains("Полонені, липень", "Военнопленные, август");
        assertThat(person.get("links").valueStream().map(l -> l.get("reasons").size())).allMatch(n -> n > 0);
        assertThat(person.get("dossier").get("rows").valueStream().map(r -> r.get("row_id").asString())).contains("u1", "r1");
    }

    @Test
    void aQueryIsRequiredAndLimited() {
        Client c = running.api(MEDIATOR_DESK);
        assertThat(c.get("/api/v1/persons").statusCode()).isEqualTo(400);
        assertThat(c.get("/api/v1/persons?q=%20").statusCode()).isEqualTo(400);
        assertThat(c.get("/api/v1/persons?q=" + "a".repeat(201)).statusCode()).isEqualTo(400);
        assertThat(c.get("/api/v1/persons?q=a+b+c+d+e+f+g+h+i").statusCode()).isEqualTo(400);
        assertThat(c.get("/api/v1/persons?q=Boiko&limit=0").statusCode()).isEqualTo(400);
        assertThat(c.get("/api/v1/persons?q=Boiko&limit=51").statusCode()).isEqualTo(400);
        assertThat(Client.json(c.get("/api/v1/persons")).get("field").asString()).isEqualTo("q");
    }

    @Test
    void anUnknownPersonIsNotFound() {
        assertThat(running.api(MEDIATOR_DESK).get("/api/v1/persons/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(running.api(MEDIATOR_DESK).get("/api/v1/persons/" + "x".repeat(300)).statusCode()).isEqualTo(404);
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThat(running.anonymous().get("/api/v1/persons?q=Boiko").statusCode()).isEqualTo(401);
    }
}
