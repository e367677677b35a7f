package org.repatria.server.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/** Bad input is refused naming the field, and changes nothing; every change of an inquiry is in its history. */
class InquiryInputTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    private static HttpResponse<String> record(String json) {
        return running.api(A_DESK).postJson("/api/v1/inquiries", json);
    }

    private static String with(String field, String value) {
        return SoughtLists.INQUIRY.replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":\"" + value + "\"");
    }

    private static void refusedNaming(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void aMissingAskerIsRefusedNamingTheField() {
        refusedNaming(record(with("asker_name", " ")), "asker_name");
    }

    @Test
    void aBirthDateThatIsNoDateIsRefusedNamingTheField() {
        refusedNaming(record(with("birth_date", "31.02.1990")), "birth_date");
    }

    @Test
    void aConsentOtherThanYesOrNoIsRefusedNamingTheField() {
        refusedNaming(record(with("consent", "maybe")), "consent");
    }

    @Test
    void aTooLongContactIsRefusedNamingTheField() {
        refusedNaming(record(with("asker_contact", "x".repeat(501))), "asker_contact");
    }

    @Test
    void anUnknownFieldIsRefusedNamingIt() {
        refusedNaming(record(SoughtLists.INQUIRY.replace("\"sex\":", "\"favourite_colour\":\"blue\",\"sex\":")), "favourite_colour");
    }

    @Test
    void aRefusedInquiryIsNotRecorded() {
        int before = running.api(A_DESK).getJson("/api/v1/inquiries").size();

        record(with("names", ""));

        assertThat(running.api(A_DESK).getJson("/api/v1/inquiries")).hasSize(before);
    }

    @Test
    void closingWithoutAReasonIsRefusedNamingTheReason() {
        String id = running.api(A_DESK).postJson("/api/v1/inquiries", SoughtLists.INQUIRY, 201).get("id").asString();

        refusedNaming(running.api(A_DESK).postJson("/api/v1/inquiries/" + id + "/status", "{\"status\":\"closed\"}"), "reason");
    }

    @Test
    void theHistoryRecordsTheRecordingEachEditedFieldAndTheClosureWithWhoAndWhen() {
        String id = running.api(A_DESK).postJson("/api/v1/inquiries", SoughtLists.INQUIRY, 201).get("id").asString();
        running.api(A_DESK).postJson("/api/v1/inquiries/" + id + "/fields", with("asker_contact", "+380 67 111 11 11"), 200);
        running.api(A_DESK).postJson("/api/v1/inquiries/" + id + "/status",
                "{\"status\":\"closed\",\"reason\":\"the family found him\"}", 200);

        JsonNode history = Client.json(running.api(A_DESK).get("/api/v1/inquiries/" + id)).get("history");

        assertThat(history).extracting(h -> h.get("what").asString() + " " + h.get("field").asString() + " "
                + h.get("new_value").asString()).containsExactly("recorded  ", "edited asker_contact +380 67 111 11 11",
                "status status closed", "status reason the family found him");
        assertThat(history).allSatisfy(h -> {
            assertThat(h.get("by").asString()).isEqualTo("a-desk");
            assertThat(h.get("at").asString()).isNotEmpty();
        });
        assertThat(history.get(1).get("old_value").asString()).isEqualTo("+380 44 000 00 00");
    }

    @Test
    void aClosedInquiryRefusesAnEdit() {
        String id = running.api(A_DESK).postJson("/api/v1/inquiries", SoughtLists.INQUIRY, 201).get("id").asString();
        running.api(A_DESK).postJson("/api/v1/inquiries/" + id + "/status", "{\"status\":\"closed\",\"reason\":\"found\"}", 200);

        HttpResponse<String> r = running.api(A_DESK).postJson("/api/v1/inquiries/" + id + "/fields", SoughtLists.INQUIRY);

        assertThat(r.statusCode()).isEqualTo(409);
    }
}
