package org.repatria.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.kinship.KinshipException;
import org.repatria.store.Store;
import org.repatria.store.genetic.CaseFiles;
import org.repatria.store.genetic.GeneticCase;
import org.repatria.store.genetic.SearchState;

/** Background searches: progress while running, rows stored when done, a failure recorded with its reason. */
class CaseSearchRunnerTest {
    private static final PartyId UA = new PartyId("ua");
    @TempDir
    Path dir;
    private Store store;
    private CaseFiles files;

    @BeforeEach
    void openStore() {
        store = Store.embedded(dir);
        store.parties().add(new Party(UA, "Україна", PartyKind.BELLIGERENT));
        var f = CaseFixture.files("example2");
        files = new CaseFiles(f.get("frequencies"), f.get("profiles"), f.get("remains"), f.get("pedigrees"), Optional.empty());
        store.cases().add(new GeneticCase("c1", UA, "example2", "ua-dna", Instant.EPOCH, 3, 2, SearchState.none()), files);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aRunningSearchShowsProgressThenStoresItsRows() throws Exception {
        CaseSearchRunner searches = new CaseSearchRunner(store.cases());
        CountDownLatch reading = new CountDownLatch(1);
        store.cases().startSearch("c1", 0);

        searches.start("c1", 0, 0, () -> {
            await(reading);
            return CaseCheck.read(files);
        });

        assertThat(searches.progress("c1")).contains(new SearchProgress(0, 0));
        assertThat(state()).isEqualTo(SearchState.Status.RUNNING);
        reading.countDown();
        waitUntilDone(searches);
        assertThat(state()).isEqualTo(SearchState.Status.DONE);
        assertThat(store.cases().matches("c1")).extracting(m -> m.remainsId() + "=" + m.missingId())
                .contains("V2=M2", "V3=M3");
    }

    @Test
    void aSearchThatFailsIsMarkedFailedWithItsReason() throws Exception {
        CaseSearchRunner searches = new CaseSearchRunner(store.cases());
        store.cases().startSearch("c1", 0);

        searches.start("c1", 0, 0, () -> {
            throw new KinshipException("family F1: no missing person");
        });
        waitUntilDone(searches);

        SearchState s = store.cases().find(UA, "c1").orElseThrow().search();
        assertThat(s.status()).isEqualTo(SearchState.Status.FAILED);
        assertThat(s.note()).isEqualTo("family F1: no missing person");
    }

    @Test
    void progressCountsFamiliesInWholePercent() {
        assertThat(new SearchProgress(1, 3).percent()).isEqualTo(33);
        assertThat(new SearchProgress(0, 0).percent()).isZero();
    }

    private SearchState.Status state() {
        return store.cases().find(UA, "c1").orElseThrow().search().status();
    }

    private void waitUntilDone(CaseSearchRunner searches) throws InterruptedException {
        for (int i = 0; i < 200 && (searches.progress("c1").isPresent() || state() == SearchState.Status.RUNNING); i++) {
            Thread.sleep(25);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the search read its data");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
