package org.repatria.server.log;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.repatria.core.party.PartyId;

/**
 * The log as a reader sees it on the desk: its size, the latest checkpoint (root, and when its newest entry was made),
 * every witness with its latest cosignature, and the newest entries. Metadata only, as the log itself: no personal data.
 */
public record LogOverview(long size, String origin, String root, Optional<Instant> lastEntryAt, List<Witness> witnesses,
                          List<Entry> latest) {

    /**
     * A witness: its key name, the party it was registered for (empty when its key is no longer registered), and its
     * latest cosignature: the checkpoint size and the time the witness put in it (both empty before its first).
     */
    public record Witness(String name, Optional<PartyId> party, Optional<Long> cosignedSize, Optional<Instant> cosignedAt) {
        /** How many entries the log gained since this witness last cosigned; the whole log when it never did. */
        public long behind(long logSize) {
            return logSize - cosignedSize.orElse(0L);
        }
    }

    /** One entry: its index, time, step ({@code submitted}, {@code relayed}, {@code acknowledged}), signer, document type. */
    public record Entry(long index, Instant time, String kind, PartyId signer, String documentType, String envelopeId) {
    }

    /** The witnesses that cosigned the current checkpoint. */
    public long cosignedCurrent() {
        return witnesses.stream().filter(w -> w.cosignedSize().filter(s -> s == size).isPresent()).count();
    }

    /** The most recent cosignature of any witness, if one was ever taken. */
    public Optional<Witness> lastCosigned() {
        return witnesses.stream().filter(w -> w.cosignedAt().isPresent())
                .max((a, b) -> a.cosignedAt().get().compareTo(b.cosignedAt().get()));
    }
}
