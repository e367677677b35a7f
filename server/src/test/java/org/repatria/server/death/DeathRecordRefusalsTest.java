package org.repatria.server.death;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.death.DeathCase.RECORDS;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/** Death records refused, each naming what is wrong, with nothing recorded (no row, no log entry). */
class DeathRecordRefusalsTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    private static HttpResponse<String> refused(DeathCase c, String body, int status) {
        long log = c.logSize();
        long rows = running.count("death_records");
        HttpResponse<String> r = c.unit.postJson(RECORDS + "/server-held-signature", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(c.logSize()).isEqualTo(log);
        assertThat(running.count("death_records")).isEqualTo(rows);
        return r;
    }

    @Test
    void aRecordOfRemainsTheSearchOnlyProposedIsRefused() {
        DeathCase c = DeathCase.confirmed(running);

        var r = refused(c, c.record("Бондар", "", "").replace("\"V3\"", "\"V2\""), 409);

        assertThat(r.body()).contains("not_confirmed").contains("remains V2").contains("no confirmed identification");
    }

    @Test
    void aRecordOfRejectedRemainsIsRefused() {
        DeathCase c = DeathCase.confirmed(running);
        c.unit.postJson("/api/v1/identification/cases/" + c.caseId + "/decisions",
                "{\"remains\":\"V1\",\"family\":\"F1\",\"missing\":\"M1\",\"decision\":\"rejected\"}", 201);

        var r = refused(c, c.record("Бондар", "", "").replace("\"V3\"", "\"V1\""), 409);

        assertThat(r.body()).contains("not_confirmed").contains("were rejected as F1/M1");
    }

    @Test
    void aSecondRecordOfTheSameIdentificationIsRefusedSayingHowToCorrect() {
        DeathCase c = DeathCase.confirmed(running);
        String first = c.unit.postJson(RECORDS + "/server-held-signature", c.record("Бондар", "", ""), 201)
                .get("envelope_id").asString();

        var r = refused(c, c.record("Бондарь", "", ""), 409);

        assertThat(r.body()).contains("recorded_already").contains("send corrects " + first);
    }

    @Test
    void aCorrectionNamingTheLatestRecordIsTheNextRevision() {
        DeathCase c = DeathCase.confirmed(running);
        String first = c.unit.postJson(RECORDS + "/server-held-signature", c.record("Бондар", "", ""), 201)
                .get("envelope_id").asString();

        JsonNode second = c.unit.postJson(RECORDS + "/server-held-signature", c.record("Бондаренко", "", first), 201);

        assertThat(second.get("revision").asInt()).isEqualTo(2);
        assertThat(second.get("corrects").asString()).isEqualTo(first);
        assertThat(c.unit.getJson(RECORDS + "/" + first).get("corrected").asBoolean()).isTrue();
    }

    @Test
    void aCorrectionOfARecordCorrectedAlreadyIsRefused() {
        DeathCase c = DeathCase.confirmed(running);
        String first = c.unit.postJson(RECORDS + "/server-held-signature", c.record("Бондар", "", ""), 201)
                .get("envelope_id").asString();
        c.unit.postJson(RECORDS + "/server-held-signature", c.record("Бондаренко", "", first), 201);

        var r = refused(c, c.record("Бондарук", "", first), 409);

        assertThat(r.body()).contains("not_latest");
    }

    @Test
    void aSurnameOverTheLimitIsRefusedNamingTheFieldAndTheLimit() {
        DeathCase c = DeathCase.confirmed(running);

        var r = refused(c, c.record("Щ".repeat(1000), "", ""), 400);

        assertThat(r.body()).contains("field surname: 1,000 characters, the limit is 200");
    }

    @Test
    void aDeathAfterTheRecordsDateIsRefused() {
        DeathCase c = DeathCase.confirmed(running);
        String later = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();

        var r = refused(c, c.record("Бондар", later, ""), 400);

        assertThat(r.body()).contains("death_date").contains("after the record's date");
    }

    @Test
    void aDeathBeforeBirthIsRefused() {
        DeathCase c = DeathCase.confirmed(running);

        var r = refused(c, c.record("Бондар", "1989-12", ""), 400);

        assertThat(r.body()).contains("death_date").contains("before the date of birth 1990");
    }

    @Test
    void aDateThatIsNoDateIsRefusedNamingTheField() {
        DeathCase c = DeathCase.confirmed(running);

        var r = refused(c, c.record("Бондар", "14.05.2025", ""), 400);

        assertThat(r.body()).contains("death_date").contains("YYYY-MM-DD");
    }

    @Test
    void aRecordAddressedToTheUnitsOwnPartyIsRefused() {
        DeathCase c = DeathCase.confirmed(running);

        var r = refused(c, c.record("Бондар", "", "").replace("\"side\":\"ru\"", "\"side\":\"ua\""), 400);

        assertThat(r.body()).contains("\"field\":\"side\"");
    }

    @Test
    void aBatchOverItsLimitIsRefusedNamingTheLimit() {
        DeathCase c = DeathCase.confirmed(running);
        String one = c.record("Бондар", "", "");
        String body = "{\"records\":[" + String.join(",", java.util.Collections.nCopies(DeathRegister.MAX_BATCH + 1, one)) + "]}";
        long rows = running.count("death_records");

        var r = c.unit.postJson(RECORDS + "/batch", body);

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("records: 101 records, the limit is 1 to 100");
        assertThat(running.count("death_records")).isEqualTo(rows);
    }

    @Test
    void aBatchWithOneBadRecordRecordsNoneAndNamesIt() {
        DeathCase c = DeathCase.confirmed(running);
        String good = c.record("Бондар", "", "");
        String bad = c.record("Бондар", "", "").replace("\"V3\"", "\"V2\"");
        long rows = running.count("death_records");

        var r = c.unit.postJson(RECORDS + "/batch", "{\"records\":[" + good + "," + bad + "]}");

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("records[1]").contains("not_confirmed");
        assertThat(running.count("death_records")).isEqualTo(rows);
    }

    @Test
    void anotherUnitsCaseIsAnsweredAsAbsent() {
        DeathCase c = DeathCase.confirmed(running);
        Client other = running.api(org.repatria.server.Fixture.Who.B_DESK);

        assertThat(other.get("/api/v1/identification/cases/" + c.caseId + "/death-record-draft?remains=V3").statusCode())
                .isEqualTo(403);
    }
}
