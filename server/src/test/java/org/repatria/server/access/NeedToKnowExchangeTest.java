package org.repatria.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.repatria.core.document.DocumentType;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.exchange.FiveForFive;
import org.repatria.server.exchange.Signer;
import tools.jackson.databind.JsonNode;

/**
 * Need to know for agreements and everything under them (nominations, moves, plans, manifests, acts, custody,
 * discrepancies, reports), attacked by a party that is no side, an observer, and the counterparty before the mediator
 * relayed a proposal to it. Runs on the five-for-five exchange, handed over by A.
 */
class NeedToKnowExchangeTest {
    private static final String ID = FiveForFive.ID;
    private static final String ABSENT = "no-such-agreement";
    private static final String UNRELAYED = "unrelayed-proposal";

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);
    private static Signer ua;

    @BeforeAll
    static void fiveForFiveIsHandedOverByAAndAProposalWaitsForItsRelay() {
        ThirdParty.join(running);
        FiveForFive.handedOverByUa(running);
        ua = new Signer(Fixture.A, running.api(A_DESK), running.api(MEDIATOR_DESK), new AtomicInteger());
        Signer.Signed proposal = ua.sign(DocumentType.PROPOSAL, Fixture.B,
                FiveForFive.text(FiveForFive.agreement(UNRELAYED, 2)), Optional.empty());
        HttpResponse<String> r = ua.client.postJson("/api/v1/agreements", proposal.body());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/agreements/{id}", "/api/v1/agreements/{id}/nominations", "/api/v1/agreements/{id}/moves",
        "/api/v1/agreements/{id}/plans", "/api/v1/agreements/{id}/plans/1/text", "/api/v1/agreements/{id}/tranches/1",
        "/api/v1/agreements/{id}/tranches/1/act", "/api/v1/agreements/{id}/discrepancies",
        "/api/v1/agreements/{id}/custody/BT-1", "/api/v1/agreements/{id}/report/csv", "/api/v1/agreements/{id}/report/pdf",
        "/desk/agreements/{id}", "/desk/agreements/{id}/tranches/1", "/desk/agreements/{id}/plans",
        "/desk/agreements/{id}/plans/1/edit", "/desk/agreements/{id}/nominations", "/desk/agreements/{id}/report/csv",
        "/desk/agreements/{id}/counter"})
    void aPartyThatIsNoSideLearnsNothingAboutTheAgreementThatAnAbsentIdWouldNotTell(String path) {
        Client c = path.startsWith("/desk") ? ThirdParty.desk(running, ThirdParty.C_DESK)
                : ThirdParty.api(running, ThirdParty.C_DESK);

        Guesses.answerAsAbsent(id -> c.get(path.replace("{id}", id)), ID, ABSENT, 404);
    }

    static Stream<Arguments> changes() {
        String signed = "{\"entry\":\"x\",\"content\":\"\"}";
        return Stream.of(
                Arguments.of("/moves", "{\"moves\":[{\"list\":\"" + running.world().aPrisoners
                        + "\",\"row\":\"1\",\"to\":\"WITHDRAWN\",\"reason\":\"x\"}]}"),
                Arguments.of("/nominations", "{\"list\":\"" + running.world().aPrisoners
                        + "\",\"nominees\":[{\"row\":\"7\",\"health\":\"fit\",\"reserve\":false}]}"),
                Arguments.of("/plans", "{\"slots\":[{\"date\":\"2025-06-10\",\"crossing\":\"x\",\"seats\":5,"
                        + "\"stretchers\":0,\"wagons\":0,\"bodies_per_wagon\":0}],\"tranches\":[],\"replan\":false}"),
                Arguments.of("/plans/1/signatures", signed),
                Arguments.of("/tranches/1/handover", "{\"from\":\"cc\",\"presented\":[]}"),
                Arguments.of("/tranches/1/act/signatures", signed),
                Arguments.of("/tranches/1/act/server-held-signature", "{}"),
                Arguments.of("/custody", "{\"body_tag\":\"BT-1\",\"kind\":\"stored\",\"where\":\"x\"}"),
                Arguments.of("/counter", signed),
                Arguments.of("/acceptance", signed));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void aPartyThatIsNoSideCannotChangeTheAgreementAndNothingChanges(String path, String body) {
        String before = history();

        HttpResponse<String> r = ThirdParty.api(running, ThirdParty.C_DESK).postJson("/api/v1/agreements/" + ID + path, body);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
        assertThat(history()).isEqualTo(before);
    }

    @Test
    void anObserverWithoutAGrantCannotTellTheAgreementExists() {
        Client observer = running.api(OBSERVER_DESK);

        Guesses.answerAsAbsent(id -> observer.get("/api/v1/agreements/" + id), ID, ABSENT, 404);
        assertThat(observer.get("/api/v1/agreements").body()).doesNotContain(ID);
    }

    @Test
    void aGrantedObserverSeesProgressButNoPerson() {
        HttpResponse<String> grant = running.api(MEDIATOR_DESK).postJson("/api/v1/agreements/" + ID + "/grants",
                "{\"observer\":\"icrc\"}");
        assertThat(grant.statusCode()).as(grant.body()).isIn(201, 409);
        Client observer = running.desk(OBSERVER_DESK);

        HttpResponse<String> page = observer.get("/desk/agreements/" + ID);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Коваленко", "MI-10", running.world().aPrisoners.toString());
        assertThat(observer.get("/desk/agreements/" + ID + "/report/csv").statusCode()).isEqualTo(403);
        assertThat(observer.get("/desk/agreements/" + ID + "/tranches/1").statusCode()).isEqualTo(403);
    }

    @Test
    void aSideSeesItsOwnNominationsAndOnlyMovesOfItsOwnNomineesOrItsOwn() {
        Client a = running.api(A_DESK);
        String own = running.world().aPrisoners.toString();

        var nominations = Client.json(a.get("/api/v1/agreements/" + ID + "/nominations"));
        var moves = Client.json(a.get("/api/v1/agreements/" + ID + "/moves"));

        assertThat(nominations.valueStream()).isNotEmpty().allMatch(n -> n.get("list").asString().equals(own));
        assertThat(moves.valueStream()).isNotEmpty()
                .allMatch(m -> m.get("list").asString().equals(own) || m.get("party").asString().equals("ua"));
    }

    @Test
    void aSidesCsvReportNamesOnlyItsOwnNominees() {
        HttpResponse<String> csv = running.api(B_DESK).get("/api/v1/agreements/" + ID + "/report/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().skip(1)).isNotEmpty().allMatch(line -> line.startsWith("ru,"));
    }

    @Test
    void reportsAreNeverStoredAndNamedByTheAgreementAlone() {
        HttpResponse<String> csv = running.api(A_DESK).get("/api/v1/agreements/" + ID + "/report/csv");

        assertThat(csv.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"agreement-" + ID + ".csv\"");
    }

    @Test
    void theCounterpartyCannotTellAProposalExistsBeforeTheMediatorRelaysIt() {
        Client b = running.api(B_DESK);

        HttpResponse<String> guessed = b.get("/api/v1/agreements/" + UNRELAYED);

        assertThat(guessed.statusCode()).isEqualTo(404);
        assertThat(b.get("/api/v1/agreements").body()).doesNotContain(UNRELAYED);
        assertThat(running.api(A_DESK).get("/api/v1/agreements/" + UNRELAYED).statusCode()).isEqualTo(200);
    }

    @Test
    void aSideReadsTheCounterpartysCounterProposalOnlyOnceTheMediatorRelayedIt() {
        String id = "countered-unrelayed";
        Signer ru = new Signer(Fixture.B, running.api(B_DESK), running.api(MEDIATOR_DESK), new AtomicInteger());
        JsonNode opened = ua.submit("/api/v1/agreements", DocumentType.PROPOSAL, Fixture.B,
                FiveForFive.text(FiveForFive.agreement(id, 3)), Optional.empty());
        HttpResponse<String> countered = ru.client.postJson("/api/v1/agreements/" + id + "/counter", ru.sign(
                DocumentType.PROPOSAL, Fixture.A, FiveForFive.text(FiveForFive.agreement(id, 4)),
                Optional.of(opened.get("steps").get(0).get("envelope_id").asString())).body());
        assertThat(countered.statusCode()).as(countered.body()).isEqualTo(201);

        assertThat(text(running.api(A_DESK), id)).isEqualTo(FiveForFive.text(FiveForFive.agreement(id, 3)));
        assertThat(text(running.api(B_DESK), id)).isEqualTo(FiveForFive.text(FiveForFive.agreement(id, 4)));
        assertThat(text(running.api(MEDIATOR_DESK), id)).isEqualTo(FiveForFive.text(FiveForFive.agreement(id, 4)));
    }

    @Test
    void aNominationDoesNotLinkToACounterpartysRequestListThatWasNotRelayedToTheSide() {
        HttpResponse<String> request = running.api(B_DESK).postJson("/api/v1/lists", """
                {"title":"Запрос: удерживаемые","purpose":"request","category":"pow","rows":[
                  {"id":"r7","surname":"Олійник","given_name":"Олександр","birth_date":"1976","military_id":"MI-100006"}]}
                """);
        assertThat(request.statusCode()).as(request.body()).isEqualTo(201);
        String hidden = Client.json(request).get("id").asString();
        Client mediator = running.api(MEDIATOR_DESK);
        HttpResponse<String> run = mediator.postJson("/api/v1/matches", "{\"left_list\":\"" + running.world().aPrisoners
                + "\",\"right_list\":\"" + hidden + "\"}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
        awaitDone(mediator, Client.json(run).get("id").asString());

        HttpResponse<String> nominated = running.api(A_DESK).postJson("/api/v1/agreements/" + ID + "/nominations",
                "{\"list\":\"" + running.world().aPrisoners + "\",\"nominees\":[{\"row\":\"7\",\"health\":\"fit\"}]}");

        assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(201);
        assertThat(nominated.body()).doesNotContain(hidden);
        assertThat(Client.json(nominated).get(0).get("request_list").asString()).isEmpty();
    }

    @Test
    void namingTheCounterpartysListInANominationIsRefusedAsNamingAnAbsentList() {
        Client a = running.api(A_DESK);
        String hidden = running.world().bPrisoners.toString();
        String absent = UUID.randomUUID().toString();
        String before = history();

        Guesses.answerAsAbsent(list -> a.postJson("/api/v1/agreements/" + ID + "/nominations", nominee(list)), hidden,
                absent, 400);
        assertThat(history()).isEqualTo(before);
    }

    private static String nominee(String list) {
        return "{\"list\":\"" + list + "\",\"nominees\":[{\"row\":\"9\",\"health\":\"fit\"}]}";
    }

    private static void awaitDone(Client who, String run) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Client.json(who.get("/api/v1/matches/" + run)).get("state").asString().equals("running")) {
            assertThat(System.nanoTime()).as("run ends within 30 s").isLessThan(end);
            LockSupport.parkNanos(20_000_000);
        }
    }

    private static byte[] text(Client reader, String id) {
        return Client.json(reader.get("/api/v1/agreements/" + id)).get("text").asString().getBytes(StandardCharsets.UTF_8);
    }

    /** Everything a refused change could have touched, as the mediator sees it. */
    private static String history() {
        Client mediator = running.api(MEDIATOR_DESK);
        return String.join("\n", mediator.get("/api/v1/agreements/" + ID).body(),
                mediator.get("/api/v1/agreements/" + ID + "/moves").body(),
                mediator.get("/api/v1/agreements/" + ID + "/nominations").body(),
                mediator.get("/api/v1/agreements/" + ID + "/plans").body(),
                mediator.get("/api/v1/agreements/" + ID + "/discrepancies").body(), String.valueOf(logSize()));
    }

    private static long logSize() {
        return running.server().log().checkpoint().checkpoint().size();
    }
}
