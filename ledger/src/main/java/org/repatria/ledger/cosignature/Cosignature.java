package org.repatria.ledger.cosignature;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.repatria.ledger.note.NoteVerifier;

/** A verified cosignature: which witness vouched for the checkpoint, and when. */
public record Cosignature(NoteVerifier witness, Instant time) {
    static final int TIMESTAMPED_SIZE = 8 + 64;

    /**
     * The signed message (C2SP tlog-cosignature, "Ed25519 signed message"): the line {@code cosignature/v1}, the line
     * {@code time <POSIX seconds>}, then the whole checkpoint note text.
     */
    static byte[] message(String checkpointText, long timestamp) {
        return ("cosignature/v1\ntime " + timestamp + "\n" + checkpointText).getBytes(StandardCharsets.UTF_8);
    }

    /** The timestamped_signature structure: big-endian u64 timestamp, then the 64-byte Ed25519 signature. */
    static byte[] timestamped(long timestamp, byte[] signature) {
        return ByteBuffer.allocate(TIMESTAMPED_SIZE).putLong(timestamp).put(signature).array();
    }
}
