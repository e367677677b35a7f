package org.repatria.server.reads;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.access.ChildWorkers;
import org.repatria.server.identification.CaseFixture;
import org.repatria.store.reads.ReadKind;
import org.repatria.store.reads.RecordedRead;
import tools.jackson.databind.JsonNode;

/** Each kind of read appends exactly one read to the record, with who, what and how many rows; a refused read none. */
class ReadsRecordedTest {
    private static final int ROWS = 60;

    @RegisterExtension
    static final RunningServer running = new RunningServer(ROWS);
    private static String children;

    @BeforeAll
    static void childrenAndPersons() {
        ChildWorkers.add(running);
        children = ChildWorkers.relayedChildren(running, "Діти, список 1");
        assertThat(running.server().persons().settle(Duration.ofSeconds(60))).isTrue();
    }

    private static RecordedRead only(long mark) {
        List<RecordedRead> reads = RecordedReads.since(running, mark);
        assertThat(reads).hasSize(1);
        return reads.getFirst();
    }

    @Test
    void anApiPageOfRowsAppendsOneReadWithWhoWhatAndTheRowsReturned() {
        long mark = RecordedReads.mark(running);
        String list = running.world().aPrisoners.toString();
        assertThat(running.api(Who.A_DESK).get("/api/v1/lists/" + list + "/rows?limit=50").statusCode()).isEqualTo(200);
        RecordedRead r = only(mark);
        assertThat(r.username()).isEqualTo("a-desk");
        assertThat(r.party()).isEqualTo("ua");
        assertThat(r.role()).isEqualTo("party_desk");
        assertThat(r.kind()).isEqualTo(ReadKind.PERSONS);
        assertThat(r.what()).isEqualTo("GET /api/v1/lists/" + list + "/rows");
        assertThat(r.ids()).containsExactly(list);
        assertThat(r.rows()).isEqualTo(50);
    }

    @Test
    void theDeskListPageAppendsOneReadOfTheRowsShown() {
        long mark = RecordedReads.mark(running);
        String list = running.world().aPrisoners.toString();
        assertThat(running.desk(Who.A_DESK).get("/desk/lists/" + list + "?offset=50").statusCode()).isEqualTo(200);
        RecordedRead r = only(mark);
        assertThat(r.what()).isEqualTo("GET /desk/lists/" + list);
        assertThat(r.rows()).isEqualTo(ROWS - 50);
    }

    @Test
    void eachExportAppendsOneReadOfTheWholeList() {
        Client desk = running.desk(Who.A_DESK);
        String list = running.world().aPrisoners.toString();
        for (String format : List.of("csv", "xlsx", "pdf")) {
            long mark = RecordedReads.mark(running);
            assertThat(desk.get("/desk/lists/" + list + "/export/" + format).statusCode()).isEqualTo(200);
            RecordedRead r = only(mark);
            assertThat(r.what()).endsWith("/export/" + format);
            assertThat(r.rows()).isEqualTo(ROWS);
        }
    }

    @Test
    void aPersonSearchAppendsOneReadNamingThePersonsFound() {
        long mark = RecordedReads.mark(running);
        JsonNode found = Client.json(running.api(Who.A_DESK).get("/api/v1/persons?q=Коваленко"));
        RecordedRead r = only(mark);
        assertThat(r.ids()).hasSize(Math.min(found.get("persons").size(), 20));
        assertThat(r.rows()).isPositive();
    }

    @Test
    void thePersonPageAppendsOneRead() {
        JsonNode found = Client.json(running.api(Who.A_DESK).get("/api/v1/persons?q=Коваленко"));
        String id = found.get("persons").get(0).get("id").asString();
        long mark = RecordedReads.mark(running);
        assertThat(running.desk(Who.A_DESK).get("/desk/persons/" + id).statusCode()).isEqualTo(200);
        RecordedRead r = only(mark);
        assertThat(r.ids()).containsExactly(id);
        assertThat(r.kind()).isEqualTo(ReadKind.PERSONS);
    }

    @Test
    void aChildsPersonPageIsRecordedOnceHereAndOnceAmongChildrensReads() {
        JsonNode persons = Client.json(ChildWorkers.api(running, ChildWorkers.UA_CHILDREN).get("/api/v1/persons?q="
                + java.net.URLEncoder.encode("Іваненко", java.nio.charset.StandardCharsets.UTF_8)));
        String id = persons.get("persons").get(0).get("id").asString();
        long mark = RecordedReads.mark(running);
        int childReads = ChildWorkers.reads(running, children);
        assertThat(ChildWorkers.api(running, ChildWorkers.UA_CHILDREN).get("/api/v1/persons/" + id).statusCode()).isEqualTo(200);
        assertThat(only(mark).kind()).isEqualTo(ReadKind.CHILDREN);
        assertThat(ChildWorkers.reads(running, children)).isEqualTo(childReads + 1);
    }

    @Test
    void aChildrensListPageIsRecordedAsChildrensRecordsAndAgreesWithTheChildrensReads() {
        long mark = RecordedReads.mark(running);
        int childReads = ChildWorkers.reads(running, children);
        assertThat(ChildWorkers.api(running, ChildWorkers.UA_CHILDREN).get("/api/v1/lists/" + children + "/rows").statusCode())
                .isEqualTo(200);
        RecordedRead r = only(mark);
        assertThat(r.kind()).isEqualTo(ReadKind.CHILDREN);
        assertThat(r.rows()).isEqualTo(2);
        assertThat(ChildWorkers.reads(running, children)).isEqualTo(childReads + 1);
    }

    @Test
    void aChildsCaseIsRecordedAsChildrensRecords() {
        long mark = RecordedReads.mark(running);
        HttpResponse<String> r = ChildWorkers.api(running, ChildWorkers.RU_CHILDREN).get("/api/v1/children/" + children + "/cases/1");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        RecordedRead read = only(mark);
        assertThat(read.kind()).isEqualTo(ReadKind.CHILDREN);
        assertThat(read.ids()).containsExactly(children, "1");
        assertThat(read.party()).isEqualTo("ru");
    }

    @Test
    void aCaseReviewAndACandidateEachAppendOneGeneticRead() {
        Client unit = running.api(Who.A_IDENTIFICATION);
        String id = CaseFixture.searched(unit, "example2", 0.0);
        long mark = RecordedReads.mark(running);
        assertThat(unit.get("/api/v1/identification/cases/" + id).statusCode()).isEqualTo(200);
        RecordedRead review = only(mark);
        assertThat(review.kind()).isEqualTo(ReadKind.GENETIC);
        assertThat(review.ids()).containsExactly(id);
        long next = RecordedReads.mark(running);
        assertThat(unit.get("/api/v1/identification/cases/" + id + "/candidate?remains=V2&family=F1&missing=M2").statusCode())
                .isEqualTo(200);
        assertThat(only(next).ids()).containsExactly(id, "V2", "F1", "M2");
    }

    @Test
    void aReadRefusedByNeedToKnowAppendsNothing() {
        long mark = RecordedReads.mark(running);
        assertThat(running.api(Who.B_DESK).get("/api/v1/lists/" + running.world().aPrisoners + "/rows").statusCode()).isEqualTo(404);
        assertThat(running.api(Who.A_DESK).get("/api/v1/lists/" + children + "/rows").statusCode()).isEqualTo(403);
        assertThat(running.api(Who.OBSERVER_DESK).get("/api/v1/identification/cases").statusCode()).isEqualTo(403);
        assertThat(RecordedReads.since(running, mark)).isEmpty();
    }
}
