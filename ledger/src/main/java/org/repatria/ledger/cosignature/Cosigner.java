package org.repatria.ledger.cosignature;

import java.time.Clock;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSignature;
import org.repatria.ledger.note.NoteSigner;

/** A witness's signing side: adds a timestamped cosignature to a checkpoint it has checked. */
public final class Cosigner {
    private final NoteSigner key;
    private final Clock clock;

    /** A cosigner with a cosignature key (type 0x04) and the clock that timestamps its cosignatures. */
    public Cosigner(NoteSigner key, Clock clock) {
        if (key.verifier().type() != KeyType.COSIGNATURE_V1) {
            throw new CosignatureException("the witness key " + key.verifier().name()
                    + " is not a cosignature key (type 0x04); generate one with KeyType.COSIGNATURE_V1");
        }
        this.key = key;
        this.clock = clock;
    }

    /**
     * The checkpoint with this witness's cosignature added. Call only after checking the checkpoint is consistent with
     * the last one this witness cosigned: the cosignature states that.
     */
    public SignedCheckpoint cosign(SignedCheckpoint checkpoint) {
        long timestamp = clock.instant().getEpochSecond();
        byte[] signature = key.sign(Cosignature.message(checkpoint.note().text(), timestamp));
        NoteSignature line = new NoteSignature(key.verifier().name(), key.verifier().keyId(),
                Cosignature.timestamped(timestamp, signature));
        return new SignedCheckpoint(checkpoint.checkpoint(), checkpoint.note().withSignature(line));
    }
}
