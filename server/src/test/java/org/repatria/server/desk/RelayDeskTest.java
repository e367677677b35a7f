package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.A_IDENTIFICATION;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.list.ListId;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import tools.jackson.databind.JsonNode;

/**
 * The mediator's relay queue (issue 12, item 1): every document awaiting relay, of every type, relayed on the desk only
 * to its addressees once the mediator confirms who will read it; and the documents pages naming what each document is
 * (item 5).
 */
class RelayDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static final Pattern QUEUED = Pattern.compile("<tr data-envelope=\"([0-9a-f]{64})\"");
    private final Negotiator ua = new Negotiator(running, A_DESK);
    private final Negotiator mediator = new Negotiator(running, MEDIATOR_DESK);

    @BeforeAll
    static void registerKeys() {
        Documents.registerPartyKeys(running);
        Documents.enableServerHeldKey(running, Fixture.A);
    }

    @Test
    void everyTypeAwaitingRelayIsQueuedWithWhatItIsWhoSentItToWhomAndSince() {
        Signed list = signedList("Полонені, черга");
        String proposal = proposed("queue-types");
        String memo = submitted("a memorandum");

        String queue = queue();
        assertThat(row(queue, list.envelope())).contains("Person list").contains("Полонені, черга")
                .contains("href=\"/desk/lists/" + list.id() + "\"").contains("Україна").contains("Россия").contains(" UTC");
        assertThat(row(queue, proposal)).contains("Proposal").contains("Prisoners: Україна ↔ Россия")
                .contains("href=\"/desk/agreements/queue-types\"");
        assertThat(row(queue, memo)).contains("Россия");
    }

    @Test
    void theNavigationCountsTheDocumentsTheQueueShows() {
        submitted("counted");
        String queue = queue();
        Matcher count = Pattern.compile("class=\"nav-count\" data-count=\"(\\d+)\"").matcher(queue);
        assertThat(count.find()).isTrue();
        assertThat(Integer.parseInt(count.group(1))).isPositive().isEqualTo((int) QUEUED.matcher(queue).results().count());
        assertThat(running.desk(A_DESK).get("/desk").body()).doesNotContain("nav-count").doesNotContain("/desk/relays");
    }

    @Test
    void aConfirmedRelayReachesTheAddresseeAndLeavesTheQueueSayingWhoReadsIt() {
        String proposal = proposed("queue-relayed");
        HttpResponse<String> r = mediator.post("/desk/relays/" + proposal, Map.of("to", List.of("ru"), "confirm", List.of("yes")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/desk/relays?relayed=" + proposal);
        String after = running.desk(MEDIATOR_DESK).get("/desk/relays?relayed=" + proposal).body();
        assertThat(after).doesNotContain("data-envelope=\"" + proposal + "\"").contains("id=\"relayed\"").contains("Россия");
        assertThat(running.api(B_DESK).get("/api/v1/agreements/queue-relayed").statusCode()).isEqualTo(200);
    }

    @Test
    void relayingTwiceIsHarmlessAndLogsOneRelay() {
        String memo = submitted("twice");
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = mediator.post("/desk/relays/" + memo, Map.of("confirm", List.of("yes")));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        }
        assertThat(trail(memo)).containsExactly("submitted", "relayed");
    }

    @Test
    void aRelayWithoutTheConfirmationIsRefusedAndNothingChanges() {
        String proposal = proposed("queue-unconfirmed");
        HttpResponse<String> r = mediator.post("/desk/relays/" + proposal, Map.of("to", List.of("ru")));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("data-error=\"unconfirmed\"").contains("data-field=\"confirm\"")
                .contains("data-envelope=\"" + proposal + "\"");
        assertThat(trail(proposal)).containsExactly("submitted");
    }

    @Test
    void relayingToAnyoneButTheAddresseesIsRefusedOnTheDeskAndInTheApi() {
        Signed list = signedList("Полонені, не спостерігачу");
        String proposal = proposed("queue-not-addressee");
        Map<String, List<String>> toObserver = Map.of("to", List.of("icrc"), "confirm", List.of("yes"));

        HttpResponse<String> queueDoor = mediator.post("/desk/relays/" + proposal, toObserver);
        HttpResponse<String> queueListDoor = mediator.post("/desk/relays/" + list.envelope(), toObserver);
        HttpResponse<String> listPageDoor = mediator.post("/desk/lists/" + list.id() + "/relay", toObserver);
        HttpResponse<String> documentApi = running.api(MEDIATOR_DESK).postJson("/api/v1/documents/" + proposal + "/relay",
                "{\"to\":\"icrc\"}");
        HttpResponse<String> listApi = running.api(MEDIATOR_DESK).postJson("/api/v1/lists/" + list.id() + "/relay",
                "{\"to\":\"icrc\"}");

        for (HttpResponse<String> desk : List.of(queueDoor, queueListDoor)) {
            assertThat(desk.statusCode()).isEqualTo(422);
            assertThat(desk.body()).contains("data-error=\"not_addressee\"").contains("data-field=\"to\"");
        }
        assertThat(listPageDoor.statusCode()).isEqualTo(422);
        for (HttpResponse<String> api : List.of(documentApi, listApi)) {
            assertThat(api.statusCode()).isEqualTo(422);
            assertThat(Client.json(api).get("error").asString()).isEqualTo("not_addressee");
        }
        assertThat(trail(proposal)).containsExactly("submitted");
        assertThat(trail(list.envelope())).containsExactly("submitted");
        assertThat(running.world().store.lists().relayedTo(ListId.parse(list.id()))).isEmpty();
        assertThat(running.api(OBSERVER_DESK).get("/api/v1/lists/" + list.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void theApiRelaysToTheAddresseeItNames() {
        String proposal = proposed("queue-api-to");
        HttpResponse<String> r = running.api(MEDIATOR_DESK).postJson("/api/v1/documents/" + proposal + "/relay",
                "{\"to\":\"ru\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(trail(proposal)).containsExactly("submitted", "relayed");
    }

    @Test
    void theObserverIsNeverOfferedARelayTheAuthorDidNotAddress() {
        Signed list = signedList("Полонені, лише адресату");
        String listPage = running.desk(MEDIATOR_DESK).get("/desk/lists/" + list.id()).body();
        assertThat(listPage).contains("name=\"to\" value=\"ru\"").doesNotContain("value=\"icrc\"").contains("name=\"confirm\"");
        assertThat(row(queue(), list.envelope())).contains("name=\"to\" value=\"ru\"").doesNotContain("icrc")
                .contains("I confirm: Россия will read this document");
    }

    @Test
    void aListRelayedFromTheQueueIsReadableByItsAddresseeAndLoggedOnce() {
        Signed list = signedList("Полонені, з черги");
        HttpResponse<String> r = mediator.post("/desk/relays/" + list.envelope(), Map.of("confirm", List.of("yes")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(running.api(B_DESK).get("/api/v1/lists/" + list.id()).statusCode()).isEqualTo(200);
        assertThat(trail(list.envelope())).containsExactly("submitted", "relayed");
    }

    @Test
    void theMediatorLandsOnTheQueueAndAPartyOnTheOverview() {
        assertThat(signIn(MEDIATOR_DESK).headers().firstValue("Location")).hasValue("/desk/relays");
        assertThat(signIn(A_DESK).headers().firstValue("Location")).hasValue("/desk");
    }

    @Test
    void noOneButTheMediatorMayOpenTheQueueOrRelayFromIt() {
        String memo = submitted("need to know");
        for (Fixture.Who who : List.of(A_DESK, B_DESK, OBSERVER_DESK, A_IDENTIFICATION)) {
            assertThat(running.desk(who).get("/desk/relays").statusCode()).as(who.name()).isEqualTo(403);
            assertThat(new Negotiator(running, who).post("/desk/relays/" + memo, Map.of("confirm", List.of("yes")))
                    .statusCode()).as(who.name()).isEqualTo(403);
        }
        assertThat(trail(memo)).containsExactly("submitted");
    }

    @Test
    void theInboxNamesEachDocumentWithItsTitleAndALinkToWhatItConcerns() {
        Signed list = signedList("Полонені, вхідні");
        String proposal = proposed("queue-inbox");
        Negotiator.relayOnDesk(running, list.envelope());
        Negotiator.relayOnDesk(running, proposal);

        String inbox = running.desk(B_DESK).get("/desk/documents").body();
        assertThat(inbox).contains("<a href=\"/desk/lists/" + list.id() + "\" class=\"doc-title\">Полонені, вхідні")
                .contains("<a href=\"/desk/agreements/queue-inbox\" class=\"doc-title\">Prisoners: Україна ↔ Россия</a>");
        String outbox = running.desk(A_DESK).get("/desk/documents?lang=uk").body();
        assertThat(outbox).contains("class=\"doc-title\">Полонені: Україна ↔ Россия</a>").contains("Пропозиція");
    }

    @Test
    void theQueueIsInTheReadersLanguage() {
        proposed("queue-languages");
        assertThat(running.desk(MEDIATOR_DESK).get("/desk/relays?lang=uk").body()).contains("Документи, що чекають передачі")
                .contains("Пропозиція").contains("Підтверджую: Россия прочитає цей документ");
        assertThat(running.desk(MEDIATOR_DESK).get("/desk/relays?lang=ru").body()).contains("Документы, ожидающие передачи")
                .contains("Предложение").contains("Подтверждаю: Россия прочтёт этот документ");
    }

    private record Signed(String id, String envelope) {
    }

    /** Each test's list has its own row, so no two lists' signed bytes (and envelopes) are the same. */
    private static final AtomicInteger LISTS = new AtomicInteger();

    /** A new list of A's, signed with A's server-held key: awaiting relay to B. */
    private static Signed signedList(String title) {
        HttpResponse<String> created = running.api(A_DESK).postJson("/api/v1/lists", "{\"title\":\"" + title
                + "\",\"purpose\":\"request\",\"category\":\"pow\",\"rows\":[{\"id\":\"" + LISTS.incrementAndGet()
                + "\",\"surname\":\"Петренко\"}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Client.json(created).get("id").asString();
        Documents.signWithServerHeldKey(running, A_DESK, Fixture.A, id);
        JsonNode document = Client.json(running.api(A_DESK).get("/api/v1/lists/" + id + "/document"));
        return new Signed(id, document.get("envelope_id").asString());
    }

    /** Agreement {@code id} proposed on A's desk: its proposal's envelope id, awaiting relay. */
    private String proposed(String id) {
        HttpResponse<String> review = ua.post("/desk/proposals", Negotiator.fiveForFive(id));
        assertThat(ua.sign(review.body(), "/desk/agreements", Documents.UA_KEY).statusCode()).isEqualTo(303);
        return Negotiator.agreement(running, id).get("steps").get(0).get("envelope_id").asString();
    }

    /** A document of A's addressed to B, submitted through the API: its envelope id. */
    private static String submitted(String text) {
        HttpResponse<String> r = running.api(A_DESK).postJson("/api/v1/documents", Documents.submission(Documents.UA_KEY,
                Fixture.A, text + " " + System.nanoTime(), java.time.Instant.now().minusSeconds(30)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Client.json(r).get("envelope_id").asString();
    }

    private static String queue() {
        HttpResponse<String> r = running.desk(MEDIATOR_DESK).get("/desk/relays");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** The queue's table row of document {@code envelope}. */
    private static String row(String queue, String envelope) {
        int start = queue.indexOf("<tr data-envelope=\"" + envelope + "\"");
        assertThat(start).as("the queue lists " + envelope).isNotNegative();
        return queue.substring(start, queue.indexOf("</tr>", start));
    }

    private static List<String> trail(String envelope) {
        return Client.json(running.api(MEDIATOR_DESK).get("/api/v1/documents/" + envelope)).get("trail").valueStream()
                .map(s -> s.get("kind").asString()).toList();
    }

    /** Signs {@code who} in through the login form; the response that redirects to the first page. */
    private static HttpResponse<String> signIn(Fixture.Who who) {
        HttpResponse<String> form = new Client(running.port()).get("/login");
        String body = "_csrf=" + URLEncoder.encode(Callers.csrf(form.body()), StandardCharsets.UTF_8) + "&username="
                + who.username() + "&password=" + URLEncoder.encode(Fixture.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> r = new Client(running.port()).session(Callers.cookie(form), "").post("/login", body,
                Negotiator.FORM);
        assertThat(r.statusCode()).isEqualTo(303);
        return r;
    }
}
