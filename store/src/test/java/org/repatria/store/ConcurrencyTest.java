package org.repatria.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.PersonList;
import org.repatria.store.list.RowQuery;

class ConcurrencyTest extends OnEveryEngine {

    @Test
    void readerNeverSeesAListWhoseRowsAreNotAllThere() throws Exception {
        People.addParties(store());
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 5; i++) {
                store().lists().add(SyntheticLists.generate(100 + i, People.UA, People.T0.plusSeconds(i), 2_000));
            }
        });
        int listsSeen = 0;
        int reads = 0;
        while (!writer.isDone() || reads == 0) {
            for (ListHeader header : store().lists().headers()) {
                int rows = store().lists().rows(header.id(), RowQuery.first(1)).total();
                listsSeen++;
                assertThat(rows).as("rows visible of %s", header.title()).isEqualTo(header.rowCount());
            }
            reads++;
            Thread.sleep(5); // leave the writer the CPU; a 2-core machine is enough to interleave
        }
        writer.get(30, TimeUnit.SECONDS);
        assertThat(listsSeen).as("lists the reader saw while they were written").isPositive();
    }

    @Test
    void concurrentWritersAllSucceed() throws Exception {
        People.addParties(store());
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<CompletableFuture<Void>> writers = IntStream.range(0, 4).mapToObj(w -> CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 5; i++) {
                    PersonList list = SyntheticLists.generate(1_000 * w + i, People.UA, People.T0.plusSeconds(10L * w + i), 200);
                    store().lists().add(list);
                    store().lists().relay(list.header().id(), People.RU, People.T0);
                }
            }, threads)).toList();

            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }

        assertThat(store().lists().headers()).hasSize(20);
    }
}
