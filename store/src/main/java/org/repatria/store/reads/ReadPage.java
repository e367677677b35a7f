package org.repatria.store.reads;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A page of recorded reads: how many the filter selects, the page, the oldest read still kept (older ones were rotated
 * out), and the first break in the chain if the record was edited or cut.
 */
public record ReadPage(int total, List<RecordedRead> reads, Optional<Instant> keptSince, Optional<ChainBreak> broken) {
    public ReadPage {
        reads = List.copyOf(reads);
    }
}
