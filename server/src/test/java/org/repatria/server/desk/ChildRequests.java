package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.account.Permission;
import org.repatria.core.account.Role;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.Seeding;

/**
 * A children's request list for desk tests: party A asks party B for children (a signed {@code REQUEST} list of
 * {@code CHILD}, relayed to B), and B's account that works children's cases ({@link #WORKER}) answers it on the desk.
 */
final class ChildRequests {
    /** B's account that works children's cases (a party desk with the children permission). */
    static final String WORKER = "ru-children";
    /** A's account that works children's cases: the requesting side's reader of the answers. */
    static final String REQUESTER = "ua-children";
    private static final Pattern HIDDEN = Pattern.compile("name=\"content\" value=\"([^\"]*)\"");

    private ChildRequests() {
    }

    /** Adds {@link #WORKER} and {@link #REQUESTER} once, with the children permission; and lets both sides sign with a server-held key. */
    static void worker(RunningServer running) {
        var store = running.world().store;
        if (store.accounts().find(WORKER).isEmpty()) {
            Seeding.addAccount(store, new Account(WORKER, "Служба по делам детей", Fixture.B, Role.PARTY_DESK),
                    Fixture.PASSWORD.toCharArray());
            store.permissions().grant(WORKER, Permission.CHILDREN);
            Seeding.addAccount(store, new Account(REQUESTER, "Служба у справах дітей", Fixture.A, Role.PARTY_DESK),
                    Fixture.PASSWORD.toCharArray());
            store.permissions().grant(REQUESTER, Permission.CHILDREN);
        }
        for (String party : List.of("ua", "ru")) {
            running.api(Who.MEDIATOR_DESK).post("/api/v1/parties/" + party + "/server-held-key", "", "application/json");
        }
    }

    /** A's request list of {@code rows} children titled {@code title}, signed and relayed to B; its id. */
    static String relayed(RunningServer running, String title, int rows) {
        return relayed(running, title, rows, "CHILD");
    }

    /** A's request list of {@code rows} persons of {@code category} titled {@code title}, signed and relayed to B; its id. */
    static String relayed(RunningServer running, String title, int rows, String category) {
        worker(running);
        // the title rides in each row's birth place: two lists of the same rows signed in one second are one document
        StringBuilder csv = new StringBuilder("id,surname,given_name,birth_date,birth_place,category\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i).append(",Дитина").append(i).append(",Марія,2014-0").append(1 + i % 9).append("-01,\"")
                    .append(title).append("\",").append(category).append('\n');
        }
        Client a = running.api(Who.A_DESK);
        String query = "title=" + enc(title) + "&purpose=REQUEST&category=" + category + "&sign=server-held&accept_warnings=true";
        HttpResponse<String> imported = a.send(a.request("/api/v1/lists/import?" + query).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String id = Client.json(imported).get("list").get("id").asString();
        HttpResponse<String> relay = running.api(Who.MEDIATOR_DESK).postJson("/api/v1/lists/" + id + "/relay", "{\"to\":\"ru\"}");
        assertThat(relay.statusCode()).as(relay.body()).isEqualTo(200);
        return id;
    }

    /** The requesting side's children's account, signed in through the login form. */
    static Client requester(RunningServer running) {
        return Callers.desk(running.port(), REQUESTER);
    }

    /** The worker's desk, signed in through the login form. */
    static Client desk(RunningServer running) {
        return Callers.desk(running.port(), WORKER);
    }

    /** The answers page the worker's form gives for {@code fields} (row.N, pick.N, status.N...). */
    static HttpResponse<String> draft(Client desk, String listId, Map<String, String> fields) {
        return desk.post("/desk/requests/" + listId + "/answers/draft", form(desk, fields),
                "application/x-www-form-urlencoded");
    }

    /** Answers rows {@code statuses} (row id → status) on screen and sends them with the server-held key; the reply. */
    static HttpResponse<String> answered(Client desk, String listId, Map<String, String> statuses) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        int i = 0;
        for (var e : statuses.entrySet()) {
            fields.put("row." + i, e.getKey());
            fields.put("pick." + i, "yes");
            fields.put("status." + i, e.getValue());
            i++;
        }
        HttpResponse<String> page = draft(desk, listId, fields);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher content = HIDDEN.matcher(page.body());
        assertThat(content.find()).as("the answers to sign").isTrue();
        return desk.post("/desk/requests/" + listId + "/answers", form(desk, Map.of("custody", "server-held",
                "content", content.group(1))), "application/x-www-form-urlencoded");
    }

    /** Has the mediator relay every answers document (or reminder) waiting in the queue, and nothing else. */
    static void relayAll(RunningServer running) {
        Client mediator = running.api(Who.MEDIATOR_DESK);
        String queue = running.desk(Who.MEDIATOR_DESK).get("/desk/relays").body();
        Matcher m = Pattern.compile("<tr data-envelope=\"([0-9a-f]{64})\"(.*?)</tr>", Pattern.DOTALL).matcher(queue);
        while (m.find()) {
            if (m.group(2).contains("href=\"/desk/requests/")) {
                HttpResponse<String> r = mediator.post("/api/v1/documents/" + m.group(1) + "/relay", "", "application/json");
                assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
            }
        }
    }

    static String form(Client desk, Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
