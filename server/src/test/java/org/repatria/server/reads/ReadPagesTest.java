package org.repatria.server.reads;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.access.ChildWorkers;

/** The supervisors' page of the record of reads: who sees which reads, the filters, mass reads first, the CSV export. */
class ReadPagesTest {
    /** A's prisoners: more rows than a read may take before it is a mass read. */
    private static final int ROWS = 1_200;

    @RegisterExtension
    static final RunningServer running = new RunningServer(ROWS);

    @BeforeAll
    static void reads() {
        ChildWorkers.add(running);
        String a = running.world().aPrisoners.toString();
        String b = running.world().bPrisoners.toString();
        assertThat(running.api(Who.A_DESK).get("/api/v1/lists/" + a + "/rows?limit=10").statusCode()).isEqualTo(200);
        assertThat(running.api(Who.B_DESK).get("/api/v1/lists/" + b + "/rows?limit=10").statusCode()).isEqualTo(200);
        assertThat(running.desk(Who.A_DESK).get("/desk/lists/" + a + "/export/csv").statusCode()).isEqualTo(200);
        assertThat(running.api(Who.B_DESK).get("/api/v1/lists/" + b + "/rows?limit=5").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> page(String username, String query) {
        return ChildWorkers.desk(running, username).get("/desk/reads" + query);
    }

    @Test
    void theMediatorsSupervisorSeesEveryPartysReads() {
        String body = page(ChildWorkers.TR_SUPERVISOR, "").body();
        assertThat(body).contains("a-desk").contains("b-desk");
    }

    @Test
    void aPartysSupervisorSeesOnlyItsOwnAccountsReads() {
        HttpResponse<String> r = page(ChildWorkers.RU_SUPERVISOR, "");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("b-desk").doesNotContain("a-desk");
    }

    @Test
    void theMassExportIsFlaggedAndListedFirst() {
        String body = page(ChildWorkers.UA_SUPERVISOR, "").body();
        int mass = body.indexOf("mass-flag");
        assertThat(mass).isPositive();
        assertThat(body.indexOf("/export/csv")).isGreaterThan(mass).isLessThan(body.indexOf("/rows"));
    }

    @Test
    void theFilterByAccountKeepsThatAccountsReads() {
        String body = page(ChildWorkers.TR_SUPERVISOR, "?who=b-desk").body();
        assertThat(body).contains("b-desk").doesNotContain("a-desk</td>");
        assertThat(body).contains("Reads 1–2 of 2");
    }

    @Test
    void theFilterByWhatKeepsTheReadsNamingIt() {
        String body = page(ChildWorkers.TR_SUPERVISOR, "?what=export").body();
        assertThat(body).contains("Reads 1–1 of 1");
    }

    @Test
    void theFilterByDatesKeepsTheReadsOfThoseDays() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(page(ChildWorkers.TR_SUPERVISOR, "?from=" + today + "&to=" + today).body()).contains("Reads 1–4 of 4");
        assertThat(page(ChildWorkers.TR_SUPERVISOR, "?from=" + today.plusDays(1)).body()).contains("No read recorded.");
    }

    @Test
    void aFilterNotUnderstoodIsRefusedNamingIt() {
        HttpResponse<String> r = page(ChildWorkers.TR_SUPERVISOR, "?from=yesterday");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("from");
    }

    @Test
    void theCsvExportListsTheSupervisorsReadsMassFirst() {
        HttpResponse<String> r = ChildWorkers.desk(running, ChildWorkers.UA_SUPERVISOR).get("/desk/reads.csv");
        assertThat(r.statusCode()).isEqualTo(200);
        String[] lines = r.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("seq,at,username,party,role,kind,what,ids,rows,mass");
        assertThat(lines[1]).contains("/export/csv").endsWith("," + ROWS + ",yes");
        assertThat(r.body()).doesNotContain("b-desk");
    }

    @Test
    void aPlainDeskIsRefused() {
        assertThat(running.desk(Who.A_DESK).get("/desk/reads").statusCode()).isEqualTo(403);
        assertThat(running.desk(Who.A_DESK).get("/desk/reads.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void anIdentificationUnitIsRefused() {
        assertThat(running.desk(Who.A_IDENTIFICATION).get("/desk/reads").statusCode()).isEqualTo(403);
    }

    @Test
    void anObserverIsRefused() {
        assertThat(running.desk(Who.OBSERVER_DESK).get("/desk/reads.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void theOtherPartysSupervisorDoesNotSeeThisPartysReads() {
        HttpResponse<String> r = ChildWorkers.desk(running, ChildWorkers.RU_SUPERVISOR).get("/desk/reads.csv?who=a-desk");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().split("\r\n")).hasSize(1);
    }

    @Test
    void readingTheRecordIsNotItselfRecorded() {
        long mark = RecordedReads.mark(running);
        page(ChildWorkers.TR_SUPERVISOR, "");
        assertThat(RecordedReads.since(running, mark)).isEmpty();
    }
}
