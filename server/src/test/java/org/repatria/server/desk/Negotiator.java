package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import tools.jackson.databind.JsonNode;

/** Test fixture: a side's desk negotiating through the desk's forms, as a browser would post them. */
final class Negotiator {
    static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern STATEMENT = Pattern.compile("data-statement=\"([^\"]+)\"");
    private static final Pattern CONTENT = Pattern.compile("name=\"content\" value=\"([^\"]+)\"");
    private final RunningServer running;
    private final Fixture.Who who;

    Negotiator(RunningServer running, Fixture.Who who) {
        this.running = running;
        this.who = who;
    }

    /** The proposal form's fields for five prisoners for five, ua first, due in June 2025. */
    static Map<String, List<String>> fiveForFive(String id) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("id", List.of(id));
        f.put("counterparty", List.of("ru"));
        f.put("kind", List.of("PRISONERS"));
        f.put("terms", List.of("fixed-counts"));
        f.put("first-gives", List.of("5"));
        f.put("second-gives", List.of("5"));
        f.put("categories", List.of("POW"));
        f.put("health", List.of("FIT", "WOUNDED", "SERIOUSLY_WOUNDED_OR_SICK"));
        f.put("exempt", List.of("SERIOUSLY_WOUNDED_OR_SICK"));
        f.put("nominations-by", List.of("2025-06-05"));
        f.put("completed-by", List.of("2025-06-30"));
        return f;
    }

    /**
     * Agreement {@code id} (five for five) proposed on ua's desk and accepted on ru's, each step relayed; the parties'
     * keys must be registered ({@code Documents.UA_KEY}, {@code Documents.RU_KEY}).
     */
    static void accepted(RunningServer running, String id) {
        Negotiator ua = new Negotiator(running, Fixture.Who.A_DESK);
        Negotiator ru = new Negotiator(running, Fixture.Who.B_DESK);
        proposedAndRelayed(running, id);
        ru.sign(ru.get("/desk/agreements/" + id).body(), "/desk/agreements/" + id + "/acceptance", Documents.RU_KEY);
        relay(running, agreement(running, id).get("steps").get(1).get("envelope_id").asString());
    }

    /** Agreement {@code id} proposed on ua's desk and relayed to ru. */
    static void proposedAndRelayed(RunningServer running, String id) {
        Negotiator ua = new Negotiator(running, Fixture.Who.A_DESK);
        HttpResponse<String> review = ua.post("/desk/proposals", fiveForFive(id));
        assertThat(ua.sign(review.body(), "/desk/agreements", Documents.UA_KEY).statusCode()).isEqualTo(303);
        relay(running, agreement(running, id).get("steps").get(0).get("envelope_id").asString());
    }

    /** The mediator relays the document {@code envelope}, on the desk ({@link #relayOnDesk}). */
    static void relay(RunningServer running, String envelope) {
        relayOnDesk(running, envelope);
    }

    /**
     * The mediator relays the document {@code envelope} through the desk's relay queue, as a person would: the form the
     * queue offers, with its confirmation ticked.
     */
    static void relayOnDesk(RunningServer running, String envelope) {
        String queue = running.desk(Fixture.Who.MEDIATOR_DESK).get("/desk/relays").body();
        assertThat(queue).as("the queue offers " + envelope).contains("action=\"/desk/relays/" + envelope + "\"");
        HttpResponse<String> r = new Negotiator(running, Fixture.Who.MEDIATOR_DESK).post("/desk/relays/" + envelope,
                Map.of("confirm", List.of("yes")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    }

    /** The agreement as the mediator's API shows it. */
    static JsonNode agreement(RunningServer running, String id) {
        HttpResponse<String> r = running.api(Fixture.Who.MEDIATOR_DESK).get("/api/v1/agreements/" + id);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Client.json(r);
    }

    HttpResponse<String> post(String path, Map<String, List<String>> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, vs) -> vs.forEach(v -> pairs.add(enc(k) + "=" + enc(v))));
        return running.desk(who).post(path, String.join("&", pairs), FORM);
    }

    HttpResponse<String> get(String path) {
        return running.desk(who).get(path);
    }

    /** Signs the statement offered on {@code page} with {@code key} and posts it with the content to {@code action}. */
    HttpResponse<String> sign(String page, String action, NoteSigner key) {
        String statement = offered(STATEMENT, page);
        return post(action, Map.of("statement", List.of(statement), "content", List.of(offered(CONTENT, page)),
                "signature", List.of(DocumentDeskTest.signatureLine(statement, key))));
    }

    /** Posts the offered content to {@code action} asking for the server-held key. */
    HttpResponse<String> signWithServerHeldKey(String page, String action) {
        return post(action, Map.of("custody", List.of("server-held"), "content", List.of(offered(CONTENT, page))));
    }

    private static String offered(Pattern p, String page) {
        Matcher m = p.matcher(page);
        assertThat(m.find()).as("the page offers " + p + ":\n" + page).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
