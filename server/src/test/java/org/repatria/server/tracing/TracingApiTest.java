package org.repatria.server.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.access.ChildWorkers;
import tools.jackson.databind.JsonNode;

/**
 * A case's candidates from the other side's list of children: the renamed child first and proposed with its reasons,
 * a namesake not proposed; confirmed links the case, rejected is not put forward again; who may not read or decide.
 */
class TracingApiTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static ListId request;
    private static String cases;

    @BeforeAll
    static void aRequestForFourChildrenAndTheOtherSidesListOfChildrenItHolds() {
        ChildWorkers.add(running);
        request = new ListId(UUID.nameUUIDFromBytes("tracing-request".getBytes()));
        List<Person> sought = List.of(
                child("c1", "Коваленко", "Марія", "Петрівна", "2012-03-14", "Маріуполь", family("Петро Коваленко", "Олена Коваленко", "2022-04-10")),
                child("c2", "Шевчук", "Софія", "Андріївна", "2015-07-02", "Херсон", family("Андрій Шевчук", "Ірина Шевчук", "2022-10-20")),
                child("c3", "Бойко", "Анна", "Олегівна", "2010-01-30", "Бердянськ", family("Олег Бойко", "Ніна Бойко", "2023-02-01")),
                child("c4", "Мельник", "Дарина", "Іванівна", "2016-05-05", "Херсон", family("Іван Мельник", "Ольга Мельник", "2022-09-12")));
        add(request, Fixture.A, ListPurpose.REQUEST, "Депортовані діти", sought);
        running.world().store.lists().relay(request, Fixture.B, Instant.parse("2025-06-02T11:00:00Z"));
        ListId held = new ListId(UUID.nameUUIDFromBytes("tracing-held".getBytes()));
        List<Person> found = new ArrayList<>(List.of(
                child("h1", "Иванова", "Мария", "Петровна", "14.03.2012", "г. Мариуполь", Details.none()),
                child("h2", "Коваленко", "Мария", "Сергеевна", "2009-10-27", "г. Луганск", Details.none()),
                child("h3", "Смирнова", "София", "Андреевна", "2015-07-02", "", Details.none()),
                child("h4", "Петрова", "Анна", "Олеговна", "2010-01-30", "г. Бердянск", Details.none()),
                child("h5", "Соколова", "Дарья", "Ивановна", "05.05.2016", "г. Херсон", Details.none())));
        for (int i = 0; i < 30; i++) {
            found.add(child("o" + i, "Кузнецова", i % 2 == 0 ? "Дарья" : "Алина", "Игоревна", (2008 + i % 9) + "-0" + (1 + i % 9)
                    + "-1" + (i % 9), "г. Донецк", Details.none()));
        }
        add(held, Fixture.B, ListPurpose.HOLDING, "Дети в учреждениях", found);
        running.world().store.lists().relay(held, Fixture.A, Instant.parse("2025-07-01T11:00:00Z"));
        cases = "/api/v1/children/" + request + "/cases/";
    }

    private static Details family(String father, String mother, String removed) {
        return new Details(Map.of(DetailField.FATHER_NAME, new DetailValue.Text(father),
                DetailField.MOTHER_NAME, new DetailValue.Text(mother),
                DetailField.REMOVAL_DATE, new DetailValue.Date(PartialDate.parseIso(removed))));
    }

    private static Person child(String row, String surname, String given, String patronymic, String born, String place,
                                Details details) {
        String iso = born.contains(".") ? born.substring(6) + "-" + born.substring(3, 5) + "-" + born.substring(0, 2) : born;
        return new Person(row, new PersonName(surname, given, patronymic), new PersonName("", "", ""), Sex.FEMALE,
                PartialDate.parseIso(iso), place, "", "", "", Category.CHILD, details);
    }

    private static void add(ListId id, PartyId author, ListPurpose purpose, String title, List<Person> people) {
        running.world().store.lists().add(new PersonList(new ListHeader(id, author, purpose, Category.CHILD, title,
                Instant.parse("2025-06-02T10:00:00Z"), people.size()), people));
    }

    private static Client ua() {
        return ChildWorkers.api(running, ChildWorkers.UA_CHILDREN);
    }

    private static JsonNode candidates(String row) {
        return Client.json(ua().get(cases + row + "/candidates")).get("candidates");
    }

    private static String key(String row, String heldRow) {
        for (JsonNode c : candidates(row)) {
            if (c.get("row_id").asString().equals(heldRow)) {
                return c.get("candidate").asString();
            }
        }
        throw new AssertionError(heldRow + " is no candidate for " + row);
    }

    @Test
    void theChildPlacedUnderANewSurnameIsTheFirstCandidateAndProposed() {
        JsonNode first = candidates("c1").get(0);

        assertThat(first.get("row_id").asString()).isEqualTo("h1");
        assertThat(first.get("source").asString()).isEqualTo("list");
        assertThat(first.get("proposed").asBoolean()).isTrue();
    }

    @Test
    void eachCandidateComesWithItsReasonsPerParticularAndTheValuesCompared() {
        JsonNode reasons = candidates("c1").get(0).get("reasons");

        JsonNode surname = null;
        for (JsonNode r : reasons) {
            surname = r.get("particular").asString().equals("surname") ? r : surname;
        }
        assertThat(reasons.size()).isEqualTo(9);
        assertThat(surname.get("verdict").asString()).isEqualTo("disagree");
        assertThat(surname.get("case_value").asString()).isEqualTo("Коваленко");
        assertThat(surname.get("candidate_value").asString()).isEqualTo("Иванова");
    }

    @Test
    void aNamesakeWithAnotherFatherAndBirthDateIsNotProposed() {
        for (JsonNode c : candidates("c1")) {
            if (c.get("row_id").asString().equals("h2")) {
                assertThat(c.get("proposed").asBoolean()).isFalse();
            }
        }
    }

    @Test
    void aConfirmedCandidateLinksTheCaseAndLeavesTheCandidates() {
        String h3 = key("c2", "h3");

        HttpResponse<String> r = ua().postJson(cases + "c2/candidates", "{\"candidate\":\"" + h3 + "\",\"decision\":\"confirm\"}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(Client.json(r).get("linked").get("candidate").asString()).isEqualTo(h3);
        assertThat(Client.json(ua().get(cases + "c2/candidates")).get("linked").get("decided_by").asString())
                .isEqualTo(ChildWorkers.UA_CHILDREN);
        assertThat(candidates("c2").findValuesAsString("candidate")).doesNotContain(h3);
    }

    @Test
    void aRejectedCandidateIsNotPutForwardAgain() {
        String h4 = key("c3", "h4");

        HttpResponse<String> r = ua().postJson(cases + "c3/candidates", "{\"candidate\":\"" + h4 + "\",\"decision\":\"reject\"}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(candidates("c3").findValuesAsString("candidate")).doesNotContain(h4);
        assertThat(Client.json(ua().get(cases + "c3/candidates")).get("linked").get("candidate").asString()).isEmpty();
    }

    @Test
    void theOtherSidesChildWorkerMayReadTheCandidatesButNotDecide() {
        Client ru = ChildWorkers.api(running, ChildWorkers.RU_CHILDREN);
        assertThat(ru.get(cases + "c1/candidates").statusCode()).isEqualTo(200);

        HttpResponse<String> r = ru.postJson(cases + "c1/candidates", "{\"candidate\":\"x\",\"decision\":\"confirm\"}");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Client.json(r).get("error").asString()).isEqualTo("requesting_side_only");
    }

    @Test
    void aDecisionOtherThanConfirmOrRejectIsRefusedNamingTheField() {
        HttpResponse<String> r = ua().postJson(cases + "c1/candidates", "{\"candidate\":\"x\",\"decision\":\"maybe\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Client.json(r).get("field").asString()).isEqualTo("decision");
    }

    @Test
    void aCandidateTheSearchDoesNotPutForwardIsNotFound() {
        HttpResponse<String> r = ua().postJson(cases + "c1/candidates", "{\"candidate\":\"list|x|y|z\",\"decision\":\"confirm\"}");

        assertThat(r.statusCode()).isEqualTo(404);
    }

    @Test
    void everyCallerThatDoesNotWorkChildrensCasesIsRefusedAndNothingIsRecorded() {
        int before = ChildWorkers.reads(running, request.toString());
        for (Who who : List.of(Who.A_DESK, Who.B_DESK, Who.OBSERVER_DESK, Who.A_IDENTIFICATION, Who.ANONYMOUS)) {
            HttpResponse<String> get = running.api(who).get(cases + "c1/candidates");
            HttpResponse<String> post = running.api(who).postJson(cases + "c1/candidates",
                    "{\"candidate\":\"x\",\"decision\":\"reject\"}");
            assertThat(get.statusCode()).as(who + " GET").isIn(401, 403);
            assertThat(post.statusCode()).as(who + " POST").isIn(401, 403);
            assertThat(get.body() + post.body()).doesNotContain("Коваленко").doesNotContain("Иванова");
        }
        assertThat(ChildWorkers.reads(running, request.toString())).isEqualTo(before);
    }

    @Test
    void aSearchRecordsOneReadOfTheCaseAndOneOfEachChildrensListSearched() {
        ListId held = new ListId(UUID.nameUUIDFromBytes("tracing-held".getBytes()));
        int caseReads = ChildWorkers.reads(running, request.toString());
        int heldReads = ChildWorkers.reads(running, held.toString());

        candidates("c1");

        assertThat(ChildWorkers.reads(running, request.toString())).isEqualTo(caseReads + 1);
        assertThat(ChildWorkers.reads(running, held.toString())).isEqualTo(heldReads + 1);
    }

    @Test
    void theDeskShowsTheCandidatesAndEveryParticularInTheReadersLanguage() {
        HttpResponse<String> page = ChildWorkers.desk(running, ChildWorkers.UA_CHILDREN)
                .get("/desk/children/" + request + "/cases/c1/candidates?lang=uk");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Кандидати під зміненими іменами", "Иванова", "Прізвище", "По батькові".substring(0, 2),
                "Дата народження", "запропоновано").doesNotContain(">Surname<");
    }

    @Test
    void aChildWorkerConfirmsACandidateOnTheDeskAndTheCaseShowsItsLink() {
        String h5 = key("c4", "h5");
        String path = "/desk/children/" + request + "/cases/c4/candidates";

        HttpResponse<String> r = ChildWorkers.desk(running, ChildWorkers.UA_CHILDREN).post(path + "?lang=en",
                "candidate=" + java.net.URLEncoder.encode(h5, java.nio.charset.StandardCharsets.UTF_8) + "&decision=confirm",
                "application/x-www-form-urlencoded");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(ChildWorkers.desk(running, ChildWorkers.UA_CHILDREN).get(path).body()).contains("Соколова Дарья", "confirmed by");
    }

    @Test
    void theOtherSidesChildWorkerSeesTheCandidatesOnTheDeskWithoutTheButtons() {
        HttpResponse<String> page = ChildWorkers.desk(running, ChildWorkers.RU_CHILDREN)
                .get("/desk/children/" + request + "/cases/c1/candidates");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Иванова").doesNotContain("name=\"decision\"");
    }

    @Test
    void theDeskPageShowsNoEnglishWordInUkrainianOrRussian() {
        for (String lang : List.of("uk", "ru")) {
            String html = ChildWorkers.desk(running, ChildWorkers.UA_CHILDREN)
                    .get("/desk/children/" + request + "/cases/c1/candidates?lang=" + lang).body();

            assertThat(org.repatria.server.desk.DeskWords.english(html)).as(lang).isEmpty();
        }
    }

    @Test
    void anAnswerThatLocatedTheChildUnderAnotherNameIsACandidate() {
        String id = ChildWorkers.relayedChildren(running, "Діти");
        running.api(Who.MEDIATOR_DESK).post("/api/v1/parties/ru/server-held-key", "", "application/json");
        byte[] answers = ("row_id,status,date,place,surname,given_name,patronymic,note\n"
                + "1,located,2022-06-01,г. Ростов-на-Дону,Сидоренко,Мария,,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> answered = ChildWorkers.api(running, ChildWorkers.RU_CHILDREN).postJson("/api/v1/requests/" + id
                + "/answers/server-held-signature", "{\"content\":\"" + java.util.Base64.getEncoder().encodeToString(answers) + "\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);

        JsonNode found = Client.json(running.api(Who.MEDIATOR_DESK).get("/api/v1/children/" + id + "/cases/1/candidates"))
                .get("candidates");

        assertThat(found.get(0).get("source").asString()).isEqualTo("answer");
        assertThat(found.get(0).get("name").asString()).contains("Сидоренко");
    }
}
