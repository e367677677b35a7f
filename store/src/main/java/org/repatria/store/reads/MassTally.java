package org.repatria.store.reads;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Rows read per account over the trailing hour, to flag mass reads; rebuilt from the record at start. */
final class MassTally {
    private static final Duration HOUR = Duration.ofHours(1);
    private final int perRead;
    private final int perHour;
    private final Map<String, Deque<Instant>> times = new HashMap<>();
    private final Map<String, Deque<Integer>> counts = new HashMap<>();
    private final Map<String, Long> sums = new HashMap<>();

    MassTally(int perRead, int perHour) {
        this.perRead = perRead;
        this.perHour = perHour;
    }

    /** Counts a read and says whether it is a mass read: this read alone, or the account's hour with it, reaches a limit. */
    boolean add(String username, Instant at, int rows) {
        Deque<Instant> t = times.computeIfAbsent(username, u -> new ArrayDeque<>());
        Deque<Integer> c = counts.computeIfAbsent(username, u -> new ArrayDeque<>());
        long sum = sums.getOrDefault(username, 0L);
        while (!t.isEmpty() && !t.peekFirst().isAfter(at.minus(HOUR))) {
            t.removeFirst();
            sum -= c.removeFirst();
        }
        t.addLast(at);
        c.addLast(rows);
        sum += rows;
        sums.put(username, sum);
        return rows >= perRead || sum >= perHour;
    }
}
