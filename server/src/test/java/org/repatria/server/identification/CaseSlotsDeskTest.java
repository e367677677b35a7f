package org.repatria.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/**
 * A DNA case's file in the wrong slot, or a slot left empty, is named by the file given (not by the slot's name),
 * in the reader's language, and nothing is stored.
 */
class CaseSlotsDeskTest {
    private static final String BOUNDARY = "----repatria-slots";

    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    /** Posts the case form with each slot's file under the name given in {@code names} (slot → file name). */
    private static HttpResponse<String> load(String query, Map<String, String> files, Map<String, String> names) {
        Client desk = running.desk(Who.A_IDENTIFICATION);
        StringBuilder body = new StringBuilder();
        part(body, "name=\"_csrf\"", Callers.csrf(desk.get("/desk/identification").body()));
        part(body, "name=\"title\"", "Вагон 7");
        files.forEach((slot, text) -> part(body, "name=\"" + slot + "\"; filename=\"" + names.getOrDefault(slot, slot + ".csv")
                + "\"\r\nContent-Type: text/csv", text));
        body.append("--").append(BOUNDARY).append("--\r\n");
        return desk.post("/desk/identification/cases" + query, body.toString(), "multipart/form-data; boundary=" + BOUNDARY);
    }

    private static void part(StringBuilder body, String disposition, String value) {
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; ").append(disposition)
                .append("\r\n\r\n").append(value).append("\r\n");
    }

    private static int cases() {
        return Client.json(running.api(Who.A_IDENTIFICATION).get("/api/v1/identification/cases")).size();
    }

    @Test
    void aFrequenciesFileInTheProfilesSlotIsNamedByTheFileGiven() {
        Map<String, String> files = new LinkedHashMap<>(CaseFixture.files("example2"));
        files.put("profiles", files.get("frequencies"));
        int before = cases();

        HttpResponse<String> r = load("?lang=en", files, Map.of("profiles", "lab-export-7.csv"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("lab-export-7.csv looks like the file for “Allele frequencies")
                .doesNotContain("profiles.csv");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aPedigreesFileInTheRemainsSlotIsCalledAPedigreesFileInUkrainian() {
        Map<String, String> files = new LinkedHashMap<>(CaseFixture.files("example2"));
        files.put("remains", files.get("pedigrees"));

        HttpResponse<String> r = load("?lang=uk", files, Map.of("remains", "родини.csv"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("родини.csv схожий на файл для «Родоводи");
    }

    @Test
    void anEmptySlotSaysNoFileWasChosenForIt() {
        Map<String, String> files = new LinkedHashMap<>(CaseFixture.files("example2"));
        files.put("remains", "");

        HttpResponse<String> r = load("?lang=en", files, Map.of("remains", ""));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("No file was chosen for “Remains");
    }

    @Test
    void aRowTheKinshipReaderRefusesIsNamedByTheFileGiven() {
        Map<String, String> files = new LinkedHashMap<>(CaseFixture.files("example2"));
        files.put("frequencies", files.get("frequencies") + "L1,11,zero\n");

        HttpResponse<String> r = load("", files, Map.of("frequencies", "freq-2025.csv"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("freq-2025.csv: row 12, frequency");
    }
}
