package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.RunningServer;
import org.repatria.server.reunification.ChildReturn;

/**
 * A child's return on the desk: ua, which received the children, records the guardian check on the child's page; the
 * mediator signs the reunification record there with its server-held key; every page in the reader's language.
 */
class ReturnDeskTest {
    private static final String ID = "children-desk";
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static ChildReturn r;
    private final Negotiator ua = new Negotiator(running, A_DESK);
    private final Negotiator mediator = new Negotiator(running, MEDIATOR_DESK);

    @BeforeAll
    static void returned() {
        r = ChildReturn.actSigned(running, ID);
        running.api(MEDIATOR_DESK).postJson("/api/v1/parties/tr/server-held-key", "{}");
    }

    private static String page(String row) {
        return "/desk/agreements/" + ID + "/tranches/1/children/" + r.held + "/" + row;
    }

    private static Map<String, List<String>> guardian() {
        return Map.of("guardian_name", List.of("Шевченко Оксана"), "document_type", List.of("паспорт"),
                "document_number", List.of("КВ 654321"), "relation", List.of("мати"), "standing", List.of("parent"),
                "standing_document", List.of("свідоцтво про народження"), "escort_name", List.of("Anna Meier"),
                "escort_role", List.of("icrc-delegate"), "escort_document", List.of("ICRC card 4411"));
    }

    @Test
    void theReceivingSidesTranchePageLinksEachChildHandedOverToItsReturnPage() {
        String tranche = ua.get("/desk/agreements/" + ID + "/tranches/1").body();
        assertThat(tranche).contains("href=\"" + page("1") + "\"").contains("href=\"" + page("3") + "\"")
                .doesNotContain("href=\"" + page("4") + "\"");
        assertThat(new Negotiator(running, B_DESK).get("/desk/agreements/" + ID + "/tranches/1").body())
                .doesNotContain("class=\"return-link\"");
    }

    @Test
    void theReceivingSideRecordsTheGuardianAndTheMediatorReunifiesTheChild() {
        HttpResponse<String> checkedForm = ua.post(page("2") + "/guardian-check", guardian());
        assertThat(checkedForm.statusCode()).as(checkedForm.body()).isEqualTo(303);
        String shown = ua.get(page("2") + "?lang=uk").body();
        assertThat(shown).contains("id=\"guardian-check\"").contains("КВ 654321").contains("делегат МКЧХ");
        assertThat(ua.get("/desk/agreements/" + ID + "/tranches/1?lang=uk").body())
                .contains("супровід: Anna Meier (делегат МКЧХ)");
        assertThat(mediator.get(page("2")).body()).contains("id=\"reunify-form\"").contains("value=\"\"");
        HttpResponse<String> reunified = mediator.post(page("2") + "/reunification",
                Map.of("request_list", List.of(r.request.toString()), "request_row", List.of("2")));
        assertThat(reunified.statusCode()).as(reunified.body()).isEqualTo(303);
        assertThat(ua.get(page("2") + "?lang=ru").body()).contains("id=\"reunified\"").contains("Дело закрыто");
    }

    @Test
    void theReunifiedChildsReturnedAnswerCarriesNoEnglishNoteOnThePagesOfOtherLanguages() {
        assertThat(ua.post(page("1") + "/guardian-check", guardian()).statusCode()).isEqualTo(303);
        assertThat(mediator.post(page("1") + "/reunification",
                Map.of("request_list", List.of(r.request.toString()), "request_row", List.of("1"))).statusCode())
                .isEqualTo(303);
        String rows = running.api(MEDIATOR_DESK).get("/api/v1/requests/" + r.request + "/rows?status=returned").body();
        assertThat(rows).contains("\"row_id\":\"1\"").contains("\"note\":\"\"").doesNotContain("reunified");
    }

    @Test
    void aReunificationWithoutACheckedGuardianIsNotOfferedAndIsRefusedInPlace() {
        assertThat(mediator.get(page("3")).body()).contains("id=\"not-reunified\"").doesNotContain("id=\"reunify-form\"");
        HttpResponse<String> refused = mediator.post(page("3") + "/reunification?lang=uk",
                Map.of("request_list", List.of(r.request.toString()), "request_row", List.of("3")));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"refusal\"").contains("Опікуна цієї дитини не перевірено");
    }
}
