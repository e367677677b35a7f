package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import tools.jackson.databind.JsonNode;

/**
 * Test fixture: five prisoners for five on the desk, in two tranches (three and two from each side, room for four in
 * the second), ua with two reserves (rows 6 and 7); the plan signed by both sides on the desk and confirmed by the
 * mediator. {@link #uaRecordsOneRefusedOneAbsent} then records ua's side of tranche 1 on the checklist: row 1 handed
 * over, row 2 refusing repatriation at the interview, row 3 not presented.
 */
final class TwoTranches {
    final RunningServer running;
    final String id;
    final Negotiator ua;
    final Negotiator ru;
    final Negotiator mediator;

    private TwoTranches(RunningServer running, String id) {
        this.running = running;
        this.id = id;
        this.ua = new Negotiator(running, A_DESK);
        this.ru = new Negotiator(running, B_DESK);
        this.mediator = new Negotiator(running, MEDIATOR_DESK);
    }

    /** Registers both sides' keys ({@code Documents.UA_KEY}, {@code Documents.RU_KEY}); once per server. */
    static void keys(RunningServer running) {
        Documents.register(running, Fixture.A, Documents.UA_KEY);
        Documents.register(running, Fixture.B, Documents.RU_KEY);
    }

    /** Agreement {@code id} accepted and nominated, with its two-tranche plan proposed by ua and not signed yet. */
    static TwoTranches proposed(RunningServer running, String id) {
        return proposed(running, id, 7);
    }

    /** As {@link #proposed(RunningServer, String)}, ua nominating rows 1 to {@code uaRows} (those after 5 reserves). */
    static TwoTranches proposed(RunningServer running, String id, int uaRows) {
        Negotiator.accepted(running, id);
        TwoTranches x = new TwoTranches(running, id);
        x.nominate(A_DESK, running.world().aPrisoners.toString(), uaRows);
        x.nominate(B_DESK, running.world().bPrisoners.toString(), 5);
        HttpResponse<String> r = x.ua.post(x.plans(), Map.of("slots", List.of("2025-06-09; border; 3; 0; 0; 0\n"
                + "2025-06-10; border; 4; 0; 0; 0")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return x;
    }

    /** Agreement {@code id} accepted, nominated and its two-tranche plan in force (the keys registered first). */
    static TwoTranches inForce(RunningServer running, String id) {
        return inForce(running, id, 7);
    }

    /** As {@link #inForce(RunningServer, String)}, ua nominating rows 1 to {@code uaRows} (those after 5 reserves). */
    static TwoTranches inForce(RunningServer running, String id, int uaRows) {
        TwoTranches x = proposed(running, id, uaRows);
        x.signAndConfirm(x.plansReply().size());
        return x;
    }

    String plans() {
        return "/desk/agreements/" + id + "/plans";
    }

    String agreementPage() {
        return "/desk/agreements/" + id;
    }

    String tranche(int n) {
        return "/desk/agreements/" + id + "/tranches/" + n;
    }

    /** Both sides sign plan {@code number} on the plans page, each signature relayed, and the mediator confirms it. */
    void signAndConfirm(int number) {
        String action = plans() + "/" + number + "/signature";
        assertThat(ua.sign(ua.get(plans()).body(), action, Documents.UA_KEY).statusCode()).isEqualTo(303);
        Negotiator.relay(running, plansReply().get(number - 1).get("signatures").get(0).get("envelope_id").asString());
        assertThat(ru.sign(ru.get(plans()).body(), action, Documents.RU_KEY).statusCode()).isEqualTo(303);
        Negotiator.relay(running, plansReply().get(number - 1).get("signatures").get(1).get("envelope_id").asString());
        HttpResponse<String> r = mediator.post(plans() + "/" + number + "/confirmation", Map.of());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    }

    /** ua's checklist of tranche 1: row 1 presented and consenting, row 2 presented and refusing, row 3 not presented. */
    HttpResponse<String> uaRecordsOneRefusedOneAbsent() {
        String page = ua.get(tranche(1)).body();
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<label for=\"present-(\\d+)\">").matcher(page);
        while (m.find()) {
            rows.add(m.group(1));
        }
        assertThat(rows).hasSize(3);
        return ua.post(tranche(1), Map.of("present", List.of("0", "1"), "interview-0", List.of("consents"),
                "interview-1", List.of("refuses")));
    }

    /** Every plan version as the mediator's API shows it. */
    List<JsonNode> plansReply() {
        List<JsonNode> all = new ArrayList<>();
        Client.json(running.api(MEDIATOR_DESK).get("/api/v1/agreements/" + id + "/plans")).forEach(all::add);
        return all;
    }

    /** The state of row {@code row} of {@code list} in the agreement, as the mediator's API shows it. */
    String state(String list, String row) {
        for (JsonNode n : Client.json(running.api(MEDIATOR_DESK).get("/api/v1/agreements/" + id + "/nominations"))) {
            if (n.get("list").asString().equals(list) && n.get("row").asString().equals(row)) {
                return n.get("state").asString();
            }
        }
        return "";
    }

    private void nominate(Fixture.Who who, String list, int rows) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            body.append(i > 1 ? "," : "").append("{\"row\":\"").append(i).append("\",\"health\":\"fit\",\"reserve\":")
                    .append(i > 5).append("}");
        }
        HttpResponse<String> r = running.api(who).postJson("/api/v1/agreements/" + id + "/nominations", "{\"list\":\""
                + list + "\",\"nominees\":[" + body + "]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
}
