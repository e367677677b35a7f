package org.repatria.server.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.server.Fixture;
import org.repatria.server.document.Documents;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;

/**
 * The group commit (docs/decisions/0185): a batch is written without reading the log for replays first, and a replay
 * among fresh entries is still refused alone; callers are answered by a thread other than the log's writer.
 */
class GroupCommitTest {
    private static final int FRESH = 40;
    @TempDir
    Path dir;

    @Test
    void aReplayQueuedAmongFreshEntriesIsRefusedAndTheFreshOnesAreStored() throws Exception {
        try (Store store = Store.embedded(dir); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            LogEntry logged = entry(0);
            log.append(logged, Optional.empty()).get(30, TimeUnit.SECONDS);
            List<CompletableFuture<LogPosition>> fresh = new ArrayList<>();
            for (int i = 1; i <= FRESH / 2; i++) {
                fresh.add(log.append(entry(i), Optional.empty()));
            }
            CompletableFuture<LogPosition> replay = log.append(logged, Optional.empty());
            for (int i = FRESH / 2 + 1; i <= FRESH; i++) {
                fresh.add(log.append(entry(i), Optional.empty()));
            }
            assertThat(refusal(replay)).isEqualTo("replayed_step");
            assertThat(indexes(fresh)).doesNotHaveDuplicates().allMatch(i -> i >= 1 && i <= FRESH);
            assertThat(log.checkpoint().checkpoint().size()).isEqualTo(FRESH + 1);
        }
    }

    @Test
    void aStepQueuedTwiceAmongFreshEntriesIsLoggedOnce() throws Exception {
        try (Store store = Store.embedded(dir); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            List<CompletableFuture<LogPosition>> fresh = new ArrayList<>();
            for (int i = 1; i <= FRESH; i++) {
                fresh.add(log.append(entry(i), Optional.empty()));
            }
            CompletableFuture<LogPosition> once = log.append(entry(0), Optional.empty());
            CompletableFuture<LogPosition> twice = log.append(entry(0), Optional.empty());
            assertThat(once.get(30, TimeUnit.SECONDS).index()).isBetween(0L, (long) FRESH);
            assertThat(refusal(twice)).isEqualTo("replayed_step");
            assertThat(indexes(fresh)).doesNotHaveDuplicates().hasSize(FRESH);
            assertThat(log.checkpoint().checkpoint().size()).isEqualTo(FRESH + 1);
        }
    }

    @Test
    void callersAreAnsweredOnAThreadOtherThanTheLogsWriter() throws Exception {
        try (Store store = Store.embedded(dir); TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
            List<CompletableFuture<String>> answeredOn = new ArrayList<>();
            for (int i = 0; i < FRESH; i++) {
                answeredOn.add(log.append(entry(i), Optional.empty()).thenApply(p -> Thread.currentThread().getName()));
            }
            for (CompletableFuture<String> thread : answeredOn) {
                assertThat(thread.get(30, TimeUnit.SECONDS)).isNotEqualTo("repatria-log-appender");
            }
        }
    }

    private static List<Long> indexes(List<CompletableFuture<LogPosition>> done) throws Exception {
        List<Long> out = new ArrayList<>();
        for (CompletableFuture<LogPosition> d : done) {
            out.add(d.get(30, TimeUnit.SECONDS).index());
        }
        return out;
    }

    private static String refusal(CompletableFuture<LogPosition> done) throws Exception {
        try {
            done.get(30, TimeUnit.SECONDS);
            throw new AssertionError("accepted: " + done.join());
        } catch (ExecutionException e) {
            return ((HttpProblem) e.getCause()).code();
        }
    }

    private static LogEntry entry(int i) {
        Envelope e = Envelope.of(DocumentType.MEMORANDUM, Fixture.A, List.of(Fixture.B),
                ("memo " + i).getBytes(StandardCharsets.UTF_8), Fixture.T0.plusSeconds(i), Optional.empty());
        return LogEntry.sign(new EntryStatement(EntryKind.SUBMITTED, Fixture.A, KeyCustody.OWN, e.time(), e),
                Documents.UA_KEY);
    }
}
