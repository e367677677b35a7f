package org.repatria.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.A_IDENTIFICATION;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.account.Account;
import org.repatria.core.account.Permission;
import org.repatria.core.account.Role;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.core.request.RowStatus;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.Seeding;
import org.repatria.server.document.Documents;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.ThreeBodies;
import org.repatria.store.child.ReadQuery;
import org.repatria.store.genetic.CaseFiles;
import org.repatria.store.genetic.Decision;
import org.repatria.store.genetic.GeneticCase;
import org.repatria.store.genetic.SearchState;
import org.repatria.store.genetic.StoredMatch;
import org.repatria.store.child.RecordPart;

/**
 * The person's page content over a running server's store: ua hands three bodies (rows 1-3 of its remains list) to ru,
 * who stores body 1; ua's unit confirms row 2 identified; ua's request list (rows 1-3) relayed to ru, who answers row 2;
 * ua's children's list, unrelayed.
 */
class DossiersTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(10);
    private static Dossiers dossiers;
    private static ListId request;
    private static ListId children;

    @BeforeAll
    static void anExchangeARequestAndAChildrensList() {
        ThreeBodies.received(running, "bodies-d");
        HttpResponse<String> stored = running.api(B_DESK).postJson("/api/v1/agreements/bodies-d/custody",
                "{\"body_tag\":\"1\",\"kind\":\"stored\",\"where\":\"Kyiv morgue\",\"note\":\"\"}");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        request = list(ListPurpose.REQUEST, Category.POW, "Запит, червень");
        Documents.signWithServerHeldKey(running, A_DESK, Fixture.A, request.toString());
        HttpResponse<String> relayed = running.api(MEDIATOR_DESK).postJson("/api/v1/lists/" + request + "/relay",
                "{\"to\":\"ru\"}");
        assertThat(relayed.statusCode()).as(relayed.body()).isEqualTo(200);
        Documents.enableServerHeldKey(running, Fixture.B);
        byte[] answers = ("row_id,status,date,place,surname,given_name,patronymic,note\n"
                + "2,held,2025-05-01,Таганрог,Петренко,Іван,,\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answered = running.api(B_DESK).postJson("/api/v1/requests/" + request
                + "/answers/server-held-signature", "{\"content\":\"" + Base64.getEncoder().encodeToString(answers) + "\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        children = list(ListPurpose.HOLDING, Category.CHILD, "Діти, депортовані");
        var cases = running.world().store.cases();
        cases.add(new GeneticCase("case-d", Fixture.A, "Морг, партія 1", "a-identification", Fixture.T0, 3, 3,
                SearchState.none()), new CaseFiles("f", "p", "r", "ped", Optional.empty()));
        cases.decisions().add(new Decision("decision-d", "case-d", Fixture.A, new StoredMatch("R-2", "F-2", "M-2", 6.5, 0),
                true, "a-identification", Fixture.T0.plusSeconds(600), Optional.of(running.world().aRemains), Optional.of("2")));
        dossiers = new Dossiers(running.world().store, new Exchange(running.world().store, running.server().log(),
                Clock.systemUTC()), Clock.systemUTC());
    }

    private static ListId list(ListPurpose purpose, Category category, String title) {
        ListId id = new ListId(UUID.randomUUID());
        List<Person> rows = List.of(1, 2, 3).stream().map(i -> new Person(String.valueOf(i),
                new PersonName("Коваленко", "Іван", "Петрович"), new PersonName("Kovalenko", "Ivan", "Petrovych"), Sex.MALE,
                PartialDate.parseIso("2001-03-0" + i), "Маріуполь", "MI-" + i, "", "", category)).toList();
        running.world().store.lists().add(new PersonList(new ListHeader(id, Fixture.A, purpose, category, title,
                Instant.parse("2025-06-01T10:00:00Z"), rows.size()), rows));
        return id;
    }

    private static Dossier of(Fixture.Who who, ListId list, String row) {
        return dossiers.of(who.account(), List.of(new PersonRef(list, row)));
    }

    private static Dossier.Entry only(Dossier d) {
        assertThat(d.entries()).hasSize(1);
        return d.entries().getFirst();
    }

    @Test
    void theRowIsGivenAsWrittenWithItsListAndWhoWroteIt() {
        Dossier.Entry e = only(of(A_DESK, running.world().aRemains, "1"));

        assertThat(e.row().name().surname()).isEqualTo("Коваленко");
        assertThat(e.row().militaryId()).isEqualTo("MI-100000");
        assertThat(e.list().title()).isEqualTo("Тіла загиблих, партія 1");
        assertThat(e.list().author()).isEqualTo(Fixture.A);
        assertThat(e.list().submitted()).isEqualTo(Fixture.T0.plusSeconds(60));
    }

    @Test
    void theAuthorSeesEveryRelayWithItsTime() {
        Dossier.Entry e = only(of(A_DESK, running.world().aRemains, "1"));

        assertThat(e.list().relays()).containsExactly(new Dossier.Relay(Fixture.B, Fixture.T0.plusSeconds(180)),
                new Dossier.Relay(Fixture.OBSERVER, Fixture.T0.plusSeconds(181)));
    }

    @Test
    void aRecipientSeesOnlyTheRelayToItself() {
        Dossier.Entry e = only(of(B_DESK, running.world().aRemains, "1"));

        assertThat(e.list().relays()).extracting(Dossier.Relay::to).containsExactly(Fixture.B);
    }

    @Test
    void anotherPartysUnrelayedRowGivesNothing() {
        assertThat(of(B_DESK, running.world().aPrisoners, "1").entries()).isEmpty();
    }

    @Test
    void aRowTheListDoesNotHoldGivesNothing() {
        assertThat(of(A_DESK, running.world().aPrisoners, "no-such-row").entries()).isEmpty();
    }

    @Test
    void aChildrensRowWithoutTheChildrenPermissionGivesNothingAndRecordsNoRead() {
        int before = reads(children);

        assertThat(of(A_DESK, children, "1").entries()).isEmpty();
        assertThat(reads(children)).isEqualTo(before);
    }

    @Test
    void aChildrensRowReadIsRecordedWithItsRow() {
        int before = reads(children);

        assertThat(of(MEDIATOR_DESK, children, "3").entries()).hasSize(1);
        assertThat(reads(children)).isEqualTo(before + 1);
        assertThat(running.world().store.childReads().page(query(children)).getFirst().rowId()).contains("3");
    }

    @Test
    void aPartyDeskGrantedTheChildrenPermissionReadsItsChildrensRow() {
        Account worker = new Account("a-children", "Desk a-children", Fixture.A, Role.PARTY_DESK);
        Seeding.addAccount(running.world().store, worker, Fixture.PASSWORD.toCharArray());
        running.world().store.permissions().grant(worker.username(), Permission.CHILDREN);

        assertThat(dossiers.of(worker, List.of(new PersonRef(children, "2"))).entries()).singleElement()
                .satisfies(e -> assertThat(e.row().rowId()).isEqualTo("2"));
    }

    @Test
    void theRequestedSideSeesItsAnswerAsSubmitted() {
        Dossier.Entry e = only(of(B_DESK, request, "2"));

        assertThat(e.answers()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(RowStatus.HELD);
            assertThat(a.place()).isEqualTo("Таганрог");
            assertThat(a.nameHeld().surname()).isEqualTo("Петренко");
            assertThat(a.by()).isEqualTo(Fixture.B);
        });
    }

    @Test
    void theRequestingSideSeesNoAnswerTheMediatorHasNotRelayed() {
        assertThat(only(of(A_DESK, request, "2")).answers()).isEmpty();
    }

    @Test
    void theMediatorSeesEveryAnswer() {
        assertThat(only(of(MEDIATOR_DESK, request, "2")).answers()).hasSize(1);
    }

    @Test
    void theNominatingSideSeesTheNominationTrancheAndMoves() {
        Dossier.Entry e = only(of(A_DESK, running.world().aRemains, "1"));

        assertThat(e.nominations()).singleElement().satisfies(n -> {
            assertThat(n.agreement()).isEqualTo("bodies-d");
            assertThat(n.party()).isEqualTo("ua");
        });
        assertThat(e.tranches()).singleElement().satisfies(s -> assertThat(s.tranche()).isEqualTo(1));
        assertThat(e.moves()).extracting(Dossier.Move::to).contains("NOMINATED", "HANDED_OVER", "RECEIVED");
    }

    @Test
    void theReceivingSideSeesTheChainOfCustody() {
        Dossier.Entry e = only(of(B_DESK, running.world().aRemains, "1"));

        assertThat(e.custody()).singleElement().satisfies(c -> assertThat(c.steps()).extracting(Dossier.Step::kind)
                .containsExactly("HANDED_OVER", "RECEIVED", "STORED"));
    }

    @Test
    void aSideDoesNotSeeTheOtherSidesNomination() {
        assertThat(only(of(B_DESK, running.world().aRemains, "1")).nominations()).isEmpty();
    }

    @Test
    void anObserverSeesTheRelayedRowButNoPersonOfTheExchangeAndNoAnswer() {
        Dossier.Entry e = only(of(OBSERVER_DESK, running.world().aRemains, "1"));

        assertThat(e.nominations()).isEmpty();
        assertThat(e.tranches()).isEmpty();
        assertThat(e.moves()).isEmpty();
        assertThat(e.custody()).isEmpty();
    }

    @Test
    void rowsBeyondTheLimitAreCountedNotGathered() {
        List<PersonRef> many = java.util.stream.IntStream.rangeClosed(1, Dossiers.MAX_ROWS + 3)
                .mapToObj(i -> new PersonRef(running.world().aPrisoners, String.valueOf(i))).toList();

        Dossier d = dossiers.of(A_DESK.account(), many);

        assertThat(d.leftOff()).isEqualTo(3);
    }

    @Test
    void theUnitsPartySeesTheIdentificationWithoutTheCase() {
        assertThat(only(of(A_DESK, running.world().aRemains, "2")).identifications()).singleElement().satisfies(i -> {
            assertThat(i.at()).isEqualTo(Fixture.T0.plusSeconds(600));
            assertThat(i.by()).isEqualTo("a-identification");
            assertThat(i.caseTitle()).isEmpty();
        });
    }

    @Test
    void theUnitItselfSeesTheCaseOfItsIdentification() {
        assertThat(only(of(A_IDENTIFICATION, running.world().aRemains, "2")).identifications())
                .singleElement().satisfies(i -> assertThat(i.caseTitle()).contains("Морг, партія 1"));
    }

    @Test
    void anotherPartyDoesNotSeeTheIdentification() {
        assertThat(only(of(B_DESK, running.world().aRemains, "2")).identifications()).isEmpty();
    }

    private static ReadQuery query(ListId list) {
        return new ReadQuery(Optional.empty(), Optional.empty(), Optional.of(list), Optional.of(RecordPart.ROWS), 0, 10);
    }

    private static int reads(ListId list) {
        return running.world().store.childReads().count(query(list));
    }
}
