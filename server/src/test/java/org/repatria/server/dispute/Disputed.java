package org.repatria.server.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test fixture: a signed list relayed to the counterparty, and disputes and answers made through the API. */
public final class Disputed {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Disputed() {
    }

    /**
     * Registers both parties' keys (server-held ones too), has A sign its prisoners' list with its server-held key and
     * the mediator relay it to B and to the observer; the list document's envelope id.
     */
    public static String relayedList(RunningServer running) {
        Documents.registerPartyKeys(running);
        return relayedList(running, A_DESK, running.world().aPrisoners.toString(), "ru");
    }

    /**
     * Has {@code author}'s desk sign its list {@code list} with its side's server-held key (enabled here if need be) and
     * the mediator relay it to party {@code to} and to the observer; the list document's envelope id.
     */
    public static String relayedList(RunningServer running, Fixture.Who author, String list, String to) {
        Documents.signWithServerHeldKey(running, author, author.account().party(), list);
        HttpResponse<String> r = running.api(MEDIATOR_DESK).postJson("/api/v1/lists/" + list + "/relay",
                "{\"to\":\"" + to + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        // The author did not address the observer, so no relay reaches it (docs/decisions/0136); what an observer would
        // see of a thread is pinned by putting the list in its hands in the store, as the fixture's lists are.
        running.world().store.lists().relay(org.repatria.core.list.ListId.parse(list), Fixture.OBSERVER,
                java.time.Instant.now());
        return Client.json(running.api(author).get("/api/v1/lists/" + list + "/document")).get("envelope_id").asString();
    }

    /** {@code who} disputes document {@code id} with its server-held key: the response. */
    public static HttpResponse<String> dispute(RunningServer running, Fixture.Who who, String id, String subject, String text) {
        return running.api(who).postJson("/api/v1/documents/" + id + "/disputes",
                JSON.createObjectNode().put("subject", subject).put("text", text).toString());
    }

    /** {@code who} answers dispute {@code id} with its server-held key: the response. */
    public static HttpResponse<String> answer(RunningServer running, Fixture.Who who, String id, String text) {
        return running.api(who).postJson("/api/v1/documents/" + id + "/answers",
                JSON.createObjectNode().put("text", text).toString());
    }

    /** The envelope id of a logged step's document, checking it was logged (201). */
    public static String logged(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Client.json(r).get("envelope_id").asString();
    }

    /** Has the mediator relay document {@code id}. */
    public static void relay(RunningServer running, String id) {
        HttpResponse<String> r = running.api(MEDIATOR_DESK).post("/api/v1/documents/" + id + "/relay", "", "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    /** The thread about document {@code id} as {@code who} reads it through the API. */
    public static JsonNode thread(RunningServer running, Fixture.Who who, String id) {
        HttpResponse<String> r = running.api(who).get("/api/v1/documents/" + id + "/disputes");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Client.json(r);
    }
}
