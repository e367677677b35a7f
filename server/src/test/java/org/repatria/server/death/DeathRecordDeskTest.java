package org.repatria.server.death;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/**
 * Death records on the desk, as people would work them: the unit opens the record from the confirmation on the case
 * page, checks the prefilled particulars and signs; the mediator relays it from the relay queue; the person's side reads
 * it in its list, on its page, and prints it.
 */
class DeathRecordDeskTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    private static Map<String, String> form(String deathDate) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("remains", "V3");
        f.put("corrects", "");
        f.put("side", "ru");
        f.put("surname", "Бондар");
        f.put("given_names", "Іван");
        f.put("birth_date", "1990");
        f.put("death_date", deathDate);
        f.put("death_place", "Kupiansk");
        f.put("death_known_by", "the unit's report");
        f.put("remains_state", "held");
        f.put("remains_place", "bag V3, morgue 2");
        return f;
    }

    private static HttpResponse<String> post(Who who, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return running.desk(who).post(path, body, "application/x-www-form-urlencoded");
    }

    @Test
    void theUnitSignsFromTheCasePageTheMediatorRelaysAndTheSideReadsAndPrints() {
        DeathCase c = DeathCase.confirmed(running);
        String casePage = running.desk(Who.A_IDENTIFICATION).get("/desk/identification/cases/" + c.caseId).body();
        String formHref = "/desk/identification/cases/" + c.caseId + "/death-record";
        assertThat(casePage).contains("href=\"" + formHref + "?remains=V3\"");
        String formPage = running.desk(Who.A_IDENTIFICATION).get(formHref + "?remains=V3").body();
        assertThat(formPage).contains("id=\"death-surname\" name=\"surname\" value=\"Бондар\"");

        HttpResponse<String> signed = post(Who.A_IDENTIFICATION, formHref, form("2025-05-14"));

        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(303);
        String record = signed.headers().firstValue("Location").orElseThrow();
        String envelope = record.substring(record.lastIndexOf('/') + 1);
        assertThat(running.desk(Who.MEDIATOR_DESK).get("/desk/relays").body()).contains(envelope);
        HttpResponse<String> relayed = post(Who.MEDIATOR_DESK, "/desk/relays/" + envelope, Map.of("confirm", "yes"));
        assertThat(relayed.statusCode()).as(relayed.body()).isEqualTo(303);
        assertThat(running.desk(Who.B_DESK).get("/desk/death-records").body()).contains("href=\"" + record + "\"");
        String page = running.desk(Who.B_DESK).get(record + "?lang=uk").body();
        assertThat(page).contains("Бондар").contains("Прізвище").contains("передано стороні особи")
                .contains("href=\"" + record + "/report/pdf\"");
        HttpResponse<String> pdf = running.desk(Who.B_DESK).get(record + "/report/pdf");
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    }

    @Test
    void aDeathBeforeBirthIsRefusedOnTheFormWithTheParticularsKept() {
        DeathCase c = DeathCase.confirmed(running);
        long rows = running.count("death_records");

        HttpResponse<String> r = post(Who.A_IDENTIFICATION, "/desk/identification/cases/" + c.caseId + "/death-record",
                form("1989"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"death-error\"").contains("death_date").contains("value=\"Kupiansk\"");
        assertThat(running.count("death_records")).isEqualTo(rows);
    }

    @Test
    void theSideSeesNothingBeforeTheRelay() {
        DeathCase c = DeathCase.confirmed(running);
        HttpResponse<String> signed = post(Who.A_IDENTIFICATION, "/desk/identification/cases/" + c.caseId + "/death-record",
                form(""));
        String record = signed.headers().firstValue("Location").orElseThrow();

        assertThat(running.desk(Who.B_DESK).get(record).statusCode()).isEqualTo(404);
        assertThat(running.desk(Who.B_DESK).get("/desk/death-records").body()).doesNotContain(record);
    }
}
