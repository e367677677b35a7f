package org.repatria.server.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.A_IDENTIFICATION;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;

/** An inquiry is read and changed only by its holding desk; to any other desk it does not exist; each read recorded. */
class InquiryNeedToKnowTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);
    private static String inquiry;

    @BeforeAll
    static void aDeskOfARecordsAnInquiry() {
        inquiry = running.api(A_DESK).postJson("/api/v1/inquiries", SoughtLists.INQUIRY, 201).get("id").asString();
    }

    @Test
    void theOtherSidesDeskIsAnswered404AsIfItDidNotExist() {
        HttpResponse<String> r = running.api(B_DESK).get("/api/v1/inquiries/" + inquiry);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("Ковальчук");
    }

    @Test
    void theMediatorDoesNotReadAPartysInquiry() {
        assertThat(running.api(MEDIATOR_DESK).get("/api/v1/inquiries/" + inquiry).statusCode()).isEqualTo(404);
    }

    @Test
    void anIdentificationUnitOrObserverIsRefusedByTheRoute() {
        assertThat(running.api(A_IDENTIFICATION).get("/api/v1/inquiries/" + inquiry).statusCode()).isEqualTo(403);
        assertThat(running.api(OBSERVER_DESK).get("/api/v1/inquiries/" + inquiry).statusCode()).isEqualTo(403);
    }

    @Test
    void theOtherSideCannotCloseItEither() {
        HttpResponse<String> r = running.api(B_DESK).postJson("/api/v1/inquiries/" + inquiry + "/status",
                "{\"status\":\"closed\",\"reason\":\"x\"}");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Client.json(running.api(A_DESK).get("/api/v1/inquiries/" + inquiry)).get("status").asString())
                .isEqualTo("open");
    }

    @Test
    void theOtherSidesListOfInquiriesDoesNotShowIt() {
        assertThat(running.api(B_DESK).getJson("/api/v1/inquiries"))
                .noneSatisfy(l -> assertThat(l.get("id").asString()).isEqualTo(inquiry));
    }

    @Test
    void eachReadByTheHoldingDeskIsRecorded() {
        int before = running.world().store.inquiryReads().of(inquiry).size();

        running.api(A_DESK).getJson("/api/v1/inquiries/" + inquiry);

        assertThat(running.world().store.inquiryReads().of(inquiry)).hasSize(before + 1)
                .first().satisfies(r -> assertThat(r.username()).isEqualTo("a-desk"));
    }

    @Test
    void theMediatorHoldsItsOwnInquiryWhichNoPartyReads() {
        String own = running.api(MEDIATOR_DESK).postJson("/api/v1/inquiries", SoughtLists.INQUIRY, 201).get("id").asString();

        assertThat(running.api(MEDIATOR_DESK).get("/api/v1/inquiries/" + own).statusCode()).isEqualTo(200);
        assertThat(running.api(A_DESK).get("/api/v1/inquiries/" + own).statusCode()).isEqualTo(404);
        assertThat(running.api(B_DESK).get("/api/v1/inquiries/" + own).statusCode()).isEqualTo(404);
    }
}
