package org.repatria.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListHeader;

class ConcurrentReadTest extends OnEveryEngine {

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
        }
        writer.get(30, TimeUnit.SECONDS);
        assertThat(listsSeen).as("lists the reader saw while they were written").isPositive();
    }
}
