package org.repatria.server.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.server.Fixture;
import org.repatria.server.document.Documents;
import org.repatria.store.log.EntryRows;
import org.repatria.store.log.StoredDocument;

/** Rows riding with a document commit with its entry; a refused rider fails its own document only, never its batch. */
class EntryRowsTest {
    @TempDir
    Path dir;
    private Fixture world;
    private TransparencyLog log;

    @BeforeEach
    void open() {
        world = new Fixture(dir, 3);
        log = TransparencyLog.open(world.store, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        log.close();
        world.close();
    }

    @Test
    void refusedEntryRowsFailOnlyTheirOwnDocumentAndTheRestOfTheBatchIsStored() throws Exception {
        // The first document's rider holds the writer for a moment, so the other four wait and commit as one batch.
        List<CompletableFuture<LogPosition>> done = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            EntryRows rider = switch (i) {
                case 0 -> EntryRows.of("unused", h -> pause());
                case 2 -> EntryRows.of("unused", h -> {
                    throw new IllegalStateException("the exchange refused document 2");
                });
                default -> EntryRows.of("unused", h -> { });
            };
            Envelope e = Envelope.of(DocumentType.MEMORANDUM, Fixture.A, List.of(Fixture.B),
                    ("memo " + i).getBytes(StandardCharsets.UTF_8), Fixture.T0.plusSeconds(i), Optional.empty());
            ids.add(e.id().hex());
            done.add(log.append(LogEntry.sign(new EntryStatement(EntryKind.SUBMITTED, Fixture.A, KeyCustody.OWN, e.time(), e),
                    Documents.UA_KEY), Optional.of(new StoredDocument(e.id().hex(), e.text(), e.author(), new byte[] {1},
                    Optional.empty(), List.of(rider)))));
        }

        assertThatThrownBy(() -> done.get(2).get()).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("refused document 2");
        for (int i : new int[] {0, 1, 3, 4}) {
            assertThat(done.get(i).get().index()).isBetween(0L, 3L);
        }
        assertThat(world.store.log().size()).isEqualTo(4);
        assertThat(world.store.documents().document(ids.get(2))).isEmpty();
        assertThat(log.checkpoint().checkpoint().size()).isEqualTo(4);
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
