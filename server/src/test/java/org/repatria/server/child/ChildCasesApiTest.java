package org.repatria.server.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
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
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ChildWorkers;
import org.repatria.server.access.ListAccess;
import org.repatria.server.error.HttpProblem;
import tools.jackson.databind.JsonNode;

/** Children's cases: opened by a relayed request list of children, entered by the requesting side, read by both. */
class ChildCasesApiTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static ListId list;
    private static String cases;

    @BeforeAll
    static void aRelayedRequestListOfThreeChildren() {
        ChildWorkers.add(running);
        list = new ListId(UUID.nameUUIDFromBytes("cases".getBytes()));
        Details given = new Details(Map.of(
                DetailField.FATHER_NAME, new DetailValue.Text("Петро Бондар"),
                DetailField.MOTHER_NAME, new DetailValue.Text("Олена Бондар"),
                DetailField.FAMILY_ADDRESS, new DetailValue.Text("Херсон, вул. Садова 3"),
                DetailField.REMOVAL_DATE, new DetailValue.Date(PartialDate.parseIso("2022-10-21")),
                DetailField.REMOVAL_CIRCUMSTANCES, new DetailValue.Text("вивезена з інтернату")));
        List<Person> children = List.of(child("c1", "Бондар", given), child("c2", "Мельник", Details.none()),
                child("c3", "Ткаченко", Details.none()));
        running.world().store.lists().add(new PersonList(new ListHeader(list, Fixture.A, ListPurpose.REQUEST, Category.CHILD,
                "Депортовані діти", Instant.parse("2025-06-02T10:00:00Z"), children.size()), children));
        running.world().store.lists().relay(list, Fixture.B, Instant.parse("2025-06-02T11:00:00Z"));
        cases = "/api/v1/children/" + list + "/cases";
    }

    private static Person child(String row, String surname, Details details) {
        return new Person(row, new PersonName(surname, "Марія", ""), new PersonName("", "", ""), Sex.FEMALE,
                PartialDate.parseIso("2012-04-01"), "Херсон", "", "", "", Category.CHILD, details);
    }

    private static Client ua() {
        return ChildWorkers.api(running, ChildWorkers.UA_CHILDREN);
    }

    private static int reads() {
        return ChildWorkers.reads(running, list.toString());
    }

    @Test
    void aListsCasesAreItsChildrenEachOpenAndTheReadIsRecordedOnce() {
        int before = reads();

        JsonNode lines = Client.json(ChildWorkers.api(running, ChildWorkers.RU_CHILDREN).get(cases));

        assertThat(lines.size()).isEqualTo(3);
        assertThat(lines.get(0).get("status").asString()).isEqualTo("open");
        assertThat(reads()).isEqualTo(before + 1);
    }

    @Test
    void aCaseIsPrefilledFromWhatTheListGives() {
        JsonNode c = Client.json(ChildWorkers.api(running, ChildWorkers.RU_CHILDREN).get(cases + "/c1"));

        assertThat(c.get("particulars").get("guardians").asString()).isEqualTo("father: Петро Бондар; mother: Олена Бондар");
        assertThat(c.get("particulars").get("removal_date").asString()).isEqualTo("2022-10-21");
        assertThat(c.get("particulars").get("last_address").asString()).isEqualTo("Херсон, вул. Садова 3");
        assertThat(c.get("particulars").get("removal_circumstances").asString()).isEqualTo("вивезена з інтернату");
    }

    @Test
    void theRequestingSidesChildWorkerEntersParticularsTheOtherSideReadsThem() {
        HttpResponse<String> saved = ua().postJson(cases + "/c2/particulars",
                "{\"particulars\":{\"guardians\":\"Ірина Мельник (мати)\",\"guardian_contact\":\"+380 50 000 00 00\","
                        + "\"other_names\":\"Мария Мельникова\",\"other_birth_dates\":\"2012-05-01\"}}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        JsonNode c = Client.json(ChildWorkers.api(running, ChildWorkers.RU_CHILDREN).get(cases + "/c2"));

        assertThat(c.get("particulars").get("guardian_contact").asString()).isEqualTo("+380 50 000 00 00");
        assertThat(c.get("particulars").get("other_names").asString()).isEqualTo("Мария Мельникова");
    }

    @Test
    void theOtherSideDoesNotEnterParticulars() {
        HttpResponse<String> r = ChildWorkers.api(running, ChildWorkers.RU_CHILDREN).postJson(cases + "/c2/particulars",
                "{\"particulars\":{\"institution\":\"інтернат\"}}");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Client.json(r).get("error").asString()).isEqualTo("requesting_side_only");
    }

    @Test
    void aParticularThatIsNotADateIsRefusedNamingTheFieldAndNothingChanges() {
        HttpResponse<String> r = ua().postJson(cases + "/c3/particulars", "{\"particulars\":{\"removal_date\":\"autumn\","
                + "\"guardians\":\"x\"}}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Client.json(r).get("field").asString()).isEqualTo("removal_date");
        assertThat(Client.json(ua().get(cases + "/c3")).get("particulars").has("guardians")).isFalse();
    }

    @Test
    void anUnknownParticularIsRefusedNamingIt() {
        HttpResponse<String> r = ua().postJson(cases + "/c3/particulars", "{\"particulars\":{\"shoe_size\":\"30\"}}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("shoe_size");
    }

    @Test
    void everyCallerThatDoesNotWorkChildrensCasesIsRefusedEveryCaseRoute() {
        int before = reads();
        for (String path : List.of(cases, cases + "/c1", cases + "/c1/photos/none")) {
            for (Who who : List.of(Who.A_DESK, Who.B_DESK, Who.OBSERVER_DESK, Who.A_IDENTIFICATION, Who.ANONYMOUS)) {
                HttpResponse<String> r = running.api(who).get(path);
                assertThat(r.statusCode()).as(who + " " + path).isIn(401, 403);
                assertThat(r.body()).doesNotContain("Бондар");
            }
        }
        assertThat(reads()).isEqualTo(before);
    }

    @Test
    void aPhotographIsStoredAndReadBackAndEachReadRecorded() throws IOException, InterruptedException {
        byte[] png = png();
        HttpResponse<String> added = ua().postJson(cases + "/c1/photos", "{\"caption\":\"2021\",\"content\":\""
                + Base64.getEncoder().encodeToString(png) + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String href = Client.json(added).get("href").asString();
        int before = reads();

        HttpResponse<byte[]> photo = java.net.http.HttpClient.newHttpClient().send(ChildWorkers.api(running,
                ChildWorkers.RU_CHILDREN).request(href).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(photo.body()).isEqualTo(png);
        assertThat(photo.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(reads()).isEqualTo(before + 1);
    }

    @Test
    void aFileThatIsNoImageIsRefused() {
        HttpResponse<String> r = ua().postJson(cases + "/c1/photos", "{\"caption\":\"\",\"content\":\""
                + Base64.getEncoder().encodeToString("%PDF-1.4 not an image".getBytes()) + "\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Client.json(r).get("field").asString()).isEqualTo("photo");
    }

    @Test
    void aPhotographOverTwoMebibytesIsRefused() {
        byte[] big = new byte[Photographs.MAX_BYTES + 1];
        big[0] = (byte) 0xff;
        big[1] = (byte) 0xd8;
        big[2] = (byte) 0xff;
        HttpResponse<String> r = ua().postJson(cases + "/c1/photos", "{\"content\":\"" + Base64.getEncoder().encodeToString(big) + "\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("2 MiB");
    }

    @Test
    void aCaseClosesOnceAndThenChangesNoMore() {
        ChildCases direct = new ChildCases(running.world().store, Clock.fixed(Instant.parse("2025-09-01T00:00:00Z"), ZoneOffset.UTC),
                new ListAccess(running.world().store.lists()), new ChildRecords(running.world().store, Clock.systemUTC()));
        var mediator = Who.MEDIATOR_DESK.account();

        direct.close(mediator, list, "c3", "reunification 4f2a");

        assertThat(direct.closed(list, "c3")).isPresent();
        assertThatThrownBy(() -> direct.close(mediator, list, "c3", "reunification again"))
                .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.code()).isEqualTo("case_closed"));
        assertThat(Client.json(ua().get(cases + "/c3")).get("status").asString()).isEqualTo("closed");
        assertThat(ua().postJson(cases + "/c3/particulars", "{\"particulars\":{}}").statusCode()).isEqualTo(409);
    }

    @Test
    void aRowOfNoListClosesNothing() {
        ChildCases direct = new ChildCases(running.world().store, Clock.systemUTC(),
                new ListAccess(running.world().store.lists()), new ChildRecords(running.world().store, Clock.systemUTC()));

        assertThatThrownBy(() -> direct.close(Who.MEDIATOR_DESK.account(), list, "c99", "r"))
                .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.status()).isEqualTo(404));
        assertThatThrownBy(() -> direct.close(Who.MEDIATOR_DESK.account(), running.world().aRemains, "1", "r"))
                .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.status()).isEqualTo(404));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
