package org.repatria.server.reads;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.repatria.server.RunningServer;
import org.repatria.store.reads.ReadFilter;
import org.repatria.store.reads.RecordedRead;

/** What the running server's record of reads holds, for tests: reads since a mark, oldest first. */
final class RecordedReads {
    private RecordedReads() {
    }

    /** The number of the newest read recorded (0 when none). */
    static long mark(RunningServer running) {
        return all(running).stream().mapToLong(RecordedRead::seq).max().orElse(0);
    }

    /** The reads recorded after {@code mark}, oldest first. */
    static List<RecordedRead> since(RunningServer running, long mark) {
        return all(running).stream().filter(r -> r.seq() > mark).sorted(Comparator.comparingLong(RecordedRead::seq)).toList();
    }

    private static List<RecordedRead> all(RunningServer running) {
        return running.world().store.reads().export(new ReadFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, 1), 100_000).reads();
    }
}
