package org.repatria.server.reads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.exchange.FiveForFive;
import org.repatria.store.reads.ReadKind;
import org.repatria.store.reads.RecordedRead;

/** An agreement's report is a read of persons when it names them, and nothing is recorded when it does not. */
class ReportReadsRecordedTest {
    private static final String REPORT = "/api/v1/agreements/" + FiveForFive.ID + "/report/";

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    @BeforeAll
    static void fiveForFiveHandedOver() {
        FiveForFive.handedOverByUa(running);
    }

    @Test
    void theCsvReportAppendsOneReadOfTheNomineesItNames() {
        long mark = RecordedReads.mark(running);
        assertThat(running.api(Who.B_DESK).get(REPORT + "csv").statusCode()).isEqualTo(200);
        List<RecordedRead> reads = RecordedReads.since(running, mark);
        assertThat(reads).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReadKind.PERSONS);
            assertThat(r.ids()).containsExactly(FiveForFive.ID);
            assertThat(r.rows()).isEqualTo(5);
        });
    }

    @Test
    void theObserversSummaryWithoutPersonsRecordsNothing() {
        assertThat(running.api(Who.MEDIATOR_DESK).postJson("/api/v1/agreements/" + FiveForFive.ID + "/grants",
                "{\"observer\":\"icrc\"}").statusCode()).isIn(201, 409);
        long mark = RecordedReads.mark(running);
        assertThat(running.api(Who.OBSERVER_DESK).get(REPORT + "pdf").statusCode()).isEqualTo(200);
        assertThat(RecordedReads.since(running, mark)).isEmpty();
    }
}
