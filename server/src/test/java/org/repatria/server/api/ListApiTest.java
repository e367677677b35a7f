package org.repatria.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import tools.jackson.databind.JsonNode;

class ListApiTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(1_200,
            c -> c.withClock(Clock.fixed(Fixture.T0.plusSeconds(3600), ZoneOffset.UTC)));

    private Client as(Who who) {
        return running.api(who);
    }

    private static java.util.List<String> ids(JsonNode headers) {
        return headers.valueStream().map(h -> h.get("id").asString()).toList();
    }

    @Test
    void healthSaysOk() {
        HttpResponse<String> r = running.anonymous().get("/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Client.json(r).get("status").asString()).isEqualTo("ok");
    }

    @Test
    void aPartySeesItsOwnListsAndThoseRelayedToIt() {
        JsonNode a = Client.json(as(Who.A_DESK).get("/api/v1/lists"));
        JsonNode b = Client.json(as(Who.B_DESK).get("/api/v1/lists"));
        assertThat(ids(a)).contains(running.world().aRemains.toString(), running.world().aPrisoners.toString())
                .doesNotContain(running.world().bPrisoners.toString());
        assertThat(ids(b)).contains(running.world().bPrisoners.toString(), running.world().aRemains.toString())
                .doesNotContain(running.world().aPrisoners.toString());
    }

    @Test
    void theMediatorSeesEveryList() {
        JsonNode all = Client.json(as(Who.MEDIATOR_DESK).get("/api/v1/lists"));
        assertThat(ids(all)).contains(running.world().aPrisoners.toString(), running.world().aRemains.toString(), running.world().bPrisoners.toString());
    }

    @Test
    void anIdentificationUnitSeesOnlyRemains() {
        JsonNode seen = Client.json(as(Who.A_IDENTIFICATION).get("/api/v1/lists"));
        assertThat(seen.findValuesAsString("category")).containsOnly("remains");
    }

    @Test
    void anotherPartysUnrelayedListIsNotFound() {
        HttpResponse<String> r = as(Who.B_DESK).get("/api/v1/lists/" + running.world().aPrisoners);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Client.json(r).get("error").asString()).isEqualTo("not_found");
        assertThat(as(Who.B_DESK).get("/api/v1/lists/" + running.world().aPrisoners + "/rows").statusCode()).isEqualTo(404);
    }

    @Test
    void aRecipientDoesNotLearnWhoElseReceivedTheList() {
        JsonNode header = Client.json(as(Who.B_DESK).get("/api/v1/lists/" + running.world().aRemains));
        assertThat(header.get("relayed_to").valueStream().map(JsonNode::asString)).containsExactly("ru");
        JsonNode authors = Client.json(as(Who.A_DESK).get("/api/v1/lists/" + running.world().aRemains));
        assertThat(authors.get("relayed_to").valueStream().map(JsonNode::asString)).containsExactly("icrc", "ru");
    }

    @Test
    void rowsArePagedSortedAndFilteredByTheStore() {
        JsonNode page = Client.json(as(Who.A_DESK).get("/api/v1/lists/" + running.world().aPrisoners
                + "/rows?q=%D0%BA%D0%BE%D0%B2%D0%B0%D0%BB%D0%B5%D0%BD%D0%BA%D0%BE&sort=birth_date&desc=true&offset=10&limit=5"));
        assertThat(page.get("total").asInt()).isEqualTo(1_200 / 7 + 1);
        assertThat(page.get("rows").size()).isEqualTo(5);
        assertThat(page.get("rows").valueStream().map(r -> r.get("surname").asString())).containsOnly("Коваленко");
        assertThat(page.get("rows").get(0).get("birth_date").asString())
                .isGreaterThanOrEqualTo(page.get("rows").get(4).get("birth_date").asString());
        assertThat(page.get("offset").asInt()).isEqualTo(10);
    }

    @Test
    void aSubmittedListIsStoredWholeAndReadableByItsAuthorOnly() {
        String body = """
                {"title":"Цивільні, запит 7","purpose":"request","category":"civilian","rows":[
                  {"id":"1","surname":"Іваненко","given_name":"Марія","sex":"female","birth_date":"1988-03"},
                  {"id":"2","surname":"Петренко","given_name":"Олег","birth_date":"1990","latin":{"surname":"Petrenko","given_name":"Oleh"}}]}
                """;
        HttpResponse<String> created = as(Who.A_DESK).postJson("/api/v1/lists", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Client.json(created).get("id").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/lists/" + id);
        JsonNode rows = Client.json(as(Who.A_DESK).get("/api/v1/lists/" + id + "/rows"));
        assertThat(rows.get("total").asInt()).isEqualTo(2);
        assertThat(rows.get("rows").get(1).get("latin").get("surname").asString()).isEqualTo("Petrenko");
        assertThat(as(Who.B_DESK).get("/api/v1/lists/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aPartyCannotSubmitInAnotherPartysName() {
        HttpResponse<String> r = as(Who.A_DESK).postJson("/api/v1/lists",
                "{\"title\":\"x\",\"purpose\":\"request\",\"category\":\"pow\",\"author\":\"ru\",\"rows\":[{\"id\":\"1\",\"surname\":\"X\"}]}");
        assertThat(r.statusCode()).isEqualTo(403);
        HttpResponse<String> nonsense = as(Who.A_DESK).postJson("/api/v1/lists",
                "{\"title\":\"x\",\"purpose\":\"request\",\"category\":\"pow\",\"author\":\"!!\",\"rows\":[{\"id\":\"1\",\"surname\":\"X\"}]}");
        assertThat(nonsense.statusCode()).isEqualTo(403);
    }

    @Test
    void aNameWithoutALatinFormKeepsItsOwnWhenLatinAndNoneOtherwise() {
        String body = """
                {"title":"latin","purpose":"request","category":"pow","rows":[
                  {"id":"1","surname":"Іваненко"},{"id":"2","surname":"Smith","given_name":"John"}]}
                """;
        String id = Client.json(as(Who.A_DESK).postJson("/api/v1/lists", body)).get("id").asString();
        JsonNode rows = Client.json(as(Who.A_DESK).get("/api/v1/lists/" + id + "/rows")).get("rows");
        assertThat(rows.get(0).get("latin").get("surname").asString()).isEmpty();
        assertThat(rows.get(1).get("latin").get("surname").asString()).isEqualTo("Smith");
    }

    @Test
    void aBadRowRefusesTheWholeListNamingTheField() {
        int before = Client.json(as(Who.MEDIATOR_DESK).get("/api/v1/lists")).size();
        HttpResponse<String> r = as(Who.A_DESK).postJson("/api/v1/lists", """
                {"title":"t","purpose":"holding","category":"pow","rows":[
                  {"id":"1","surname":"Good"},{"id":"2","surname":"Bad","birth_date":"1990-02-30"}]}
                """);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Client.json(r).get("field").asString()).isEqualTo("rows[1].birth_date");
        assertThat(Client.json(as(Who.MEDIATOR_DESK).get("/api/v1/lists")).size()).isEqualTo(before);
    }

    @Test
    void theMediatorRelaysAListAndTheRecipientCanThenReadIt() {
        Client b = as(Who.B_DESK);
        String body = "{\"title\":\"to relay\",\"purpose\":\"request\",\"category\":\"pow\",\"rows\":[{\"id\":\"1\",\"surname\":\"X\"}]}";
        String id = Client.json(as(Who.A_DESK).postJson("/api/v1/lists", body)).get("id").asString();
        assertThat(b.get("/api/v1/lists/" + id).statusCode()).isEqualTo(404);
        Documents.signWithServerHeldKey(running, Who.A_DESK, Fixture.A, id);
        HttpResponse<String> relayed = as(Who.MEDIATOR_DESK).postJson("/api/v1/lists/" + id + "/relay", "{\"to\":\"ru\"}");
        assertThat(relayed.statusCode()).as(relayed.body()).isEqualTo(200);
        assertThat(b.get("/api/v1/lists/" + id).statusCode()).isEqualTo(200);
        assertThat(as(Who.MEDIATOR_DESK).postJson("/api/v1/lists/" + id + "/relay", "{\"to\":\"ru\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnsignedListIsNotRelayedAndTheRecipientStillCannotReadIt() {
        String body = "{\"title\":\"unsigned\",\"purpose\":\"request\",\"category\":\"pow\",\"rows\":[{\"id\":\"1\",\"surname\":\"Y\"}]}";
        String id = Client.json(as(Who.A_DESK).postJson("/api/v1/lists", body)).get("id").asString();

        HttpResponse<String> relayed = as(Who.MEDIATOR_DESK).postJson("/api/v1/lists/" + id + "/relay", "{\"to\":\"ru\"}");

        assertThat(relayed.statusCode()).isEqualTo(409);
        assertThat(relayed.body()).contains("sign the list first");
        assertThat(as(Who.B_DESK).get("/api/v1/lists/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void relayingToTheAuthorOrAnUnknownPartyIsRefused() {
        Client mediator = as(Who.MEDIATOR_DESK);
        assertThat(mediator.postJson("/api/v1/lists/" + running.world().aPrisoners + "/relay", "{\"to\":\"ua\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = mediator.postJson("/api/v1/lists/" + running.world().aPrisoners + "/relay", "{\"to\":\"zz\"}");
        assertThat(Client.json(unknown).get("field").asString()).isEqualTo("to");
    }

    @Test
    void statsCountWhatTheCallerMaySee() {
        JsonNode stats = Client.json(as(Who.OBSERVER_DESK).get("/api/v1/stats"));
        assertThat(stats.get("lists").asInt()).isEqualTo(1);
        assertThat(stats.get("persons").asLong()).isEqualTo(12);
        assertThat(stats.get("persons_by_category").get("remains").asLong()).isEqualTo(12);
    }

    @Test
    void meAndPartiesDescribeTheCaller() {
        JsonNode me = Client.json(as(Who.A_DESK).get("/api/v1/me"));
        assertThat(me.get("party").asString()).isEqualTo("ua");
        assertThat(me.get("role").asString()).isEqualTo("party_desk");
        assertThat(Client.json(as(Who.A_DESK).get("/api/v1/parties")).findValuesAsString("id")).contains("ua", "ru", "tr", "icrc");
    }
}
