package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.RunningServer;
import org.repatria.server.identification.Multipart;

/** Samples on the desk, as ru's identification unit finishes the task in a browser: form, upload, steps, counts. */
class SampleDeskTest {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String PAGE = "/desk/agreements/desk-samples/samples";
    private static final String BAG = "/desk/agreements/desk-samples/bags/";

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);
    private static Client desk;
    private static String dnaCase;

    @BeforeAll
    static void threeBodiesAreReceivedAndRuHasACase() {
        ThreeBodies.received(running, "desk-samples");
        dnaCase = SampleFixture.caseOf(SampleFixture.bUnit(running), "W-1", "W-2", "W-3", "W-4");
        desk = Callers.desk(running.port(), SampleFixture.B_UNIT);
    }

    private static HttpResponse<String> form(String path, String body) {
        return desk.post(path, body, FORM);
    }

    @Test
    void theUnitRecordsASampleByTheFormAndIdentifiesItOnTheBagPage() {
        assertThat(desk.get(PAGE).body()).contains("id=\"take-form\"").contains("id=\"upload-form\"");

        HttpResponse<String> taken = form(PAGE, "sample_id=W-1&body_tag=1&where=Kyiv&note=");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(303);
        assertThat(taken.headers().firstValue("Location")).contains(BAG + "1");
        String action = BAG + "1/samples/W-1";
        assertThat(form(action, "kind=sent").statusCode()).isEqualTo(303);
        assertThat(form(action, "kind=typed&case_id=" + dnaCase).statusCode()).isEqualTo(303);
        assertThat(form(action, "kind=identified&identified=" + running.world().aRemains + "/2").statusCode()).isEqualTo(303);

        String bag = desk.get(BAG + "1").body();
        assertThat(bag).contains("id=\"sample-W-1\"").contains("class=\"identified\"").contains(dnaCase);
        String samples = desk.get(PAGE).body();
        assertThat(samples).contains("id=\"identified-persons\"").contains("href=\"" + BAG + "1\"");
    }

    @Test
    void aCsvFileUploadedOnTheDeskRecordsEverySample() {
        Multipart file = new Multipart().file("file", "sample_id,body_tag\nW-2,2\nW-3,2\n");

        HttpResponse<String> r = desk.post(PAGE + "/upload", file.body(), file.contentType());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(desk.get(PAGE + "?taken=2").body()).contains("id=\"taken\"");
        assertThat(desk.get(BAG + "2").body()).contains("id=\"sample-W-2\"").contains("id=\"sample-W-3\"");
    }

    @Test
    void aSampleInTwoBagsIsRefusedOnTheFormNamingIt() {
        assertThat(form(PAGE, "sample_id=W-4&body_tag=3").statusCode()).isEqualTo(303);

        HttpResponse<String> r = form(PAGE, "sample_id=W-4&body_tag=1");

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("id=\"refusal\"").contains("W-4").contains("already recorded from bag 3");
        assertThat(desk.get(BAG + "1").body()).doesNotContain("id=\"sample-W-4\"");
    }

    @Test
    void theMediatorReadsTheCountsAndTheBagsButHasNoForm() {
        String page = running.desk(MEDIATOR_DESK).get(PAGE).body();

        assertThat(page).contains("id=\"remains-count\"").contains("id=\"count-total\"").doesNotContain("id=\"take-form\"");
        assertThat(running.desk(MEDIATOR_DESK).get(BAG + "3").body()).doesNotContain(dnaCase).doesNotContain("sample-step");
    }

    @Test
    void aPartyDeskIsNotAdmittedToRecordSamples() {
        Client party = running.desk(B_DESK);
        HttpResponse<String> r = party.post(PAGE, "sample_id=Z-1&body_tag=1", FORM);

        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void theCustodyPageLinksToTheBagsSamples() {
        assertThat(desk.get("/desk/agreements/desk-samples/custody/1").body()).contains("id=\"bag-samples\"")
                .contains("href=\"" + BAG + "1\"");
    }
}
