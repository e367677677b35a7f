package org.repatria.server.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.party.PartyId;
import org.repatria.server.DemoScenario;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.store.Store;
import org.repatria.store.inquiry.StoredInquiry;

/** The demo's inquiries: four held by ua's desk; once the watch looks, the three named on a list have alerts. */
class DemoInquiriesTest {
    @TempDir
    static Path dir;
    private static Store store;
    private static int raised;

    @BeforeAll
    static void seededAndWatchedOnce() {
        store = Store.embedded(dir);
        DemoScenario.seedIfEmpty(store, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        raised = new InquiryWatch(store, Clock.systemUTC(), new ListAccess(store.lists()), new ChildRecords(store,
                Clock.systemUTC())).sweep();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void uasDeskHoldsFourInquiries() {
        assertThat(store.inquiries().heldBy(new PartyId("ua"))).hasSize(4);
    }

    @Test
    void theThreeNamedOnAListHaveAnAlertAndTheFourthNone() {
        List<StoredInquiry> held = store.inquiries().heldBy(new PartyId("ua"));
        long alerted = held.stream().filter(q -> !store.inquiryAlerts().of(q.id()).isEmpty()).count();

        assertThat(raised).isGreaterThanOrEqualTo(3);
        assertThat(alerted).isEqualTo(3);
        assertThat(held).filteredOn(q -> q.particulars().names().getFirst().startsWith("Ткачук Василь"))
                .singleElement().satisfies(q -> assertThat(store.inquiryAlerts().of(q.id())).isEmpty());
    }
}
