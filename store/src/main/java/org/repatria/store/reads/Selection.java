package org.repatria.store.reads;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The reads a filter admits, keeping only the newest {@code keep} mass reads and the newest {@code keep} others. */
final class Selection {
    private final ReadFilter filter;
    private final int keep;
    private final Deque<RecordedRead> mass = new ArrayDeque<>();
    private final Deque<RecordedRead> other = new ArrayDeque<>();
    private int total;
    private Instant first;

    Selection(ReadFilter filter, int keep) {
        this.filter = filter;
        this.keep = keep;
    }

    void offer(ChainLine.Decoded d) {
        RecordedRead r = d.read();
        if (first == null) {
            first = r.at();
        }
        if (!filter.admits(r)) {
            return;
        }
        total++;
        Deque<RecordedRead> q = r.mass() ? mass : other;
        q.addLast(r);
        if (q.size() > keep) {
            q.removeFirst();
        }
    }

    int total() {
        return total;
    }

    Optional<Instant> first() {
        return Optional.ofNullable(first);
    }

    /** Mass reads first, then the others; newest first within each. */
    List<RecordedRead> ordered() {
        List<RecordedRead> out = new ArrayList<>(mass.size() + other.size());
        mass.descendingIterator().forEachRemaining(out::add);
        other.descendingIterator().forEachRemaining(out::add);
        return out;
    }
}
