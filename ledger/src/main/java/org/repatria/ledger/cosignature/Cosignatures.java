package org.repatria.ledger.cosignature;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSignature;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.ledger.note.SignedNote;

/** Checks witnesses' cosignatures on a checkpoint note and enforces a quorum. */
public final class Cosignatures {
    private Cosignatures() {
    }

    /**
     * The verified cosignatures of the given witnesses; requires at least {@code required} of them.
     *
     * @throws CosignatureException when a known witness's cosignature does not verify, or too few witnesses cosigned
     */
    public static List<Cosignature> require(SignedNote checkpoint, List<NoteVerifier> witnesses, int required) {
        List<Cosignature> verified = new ArrayList<>();
        for (NoteVerifier witness : witnesses) {
            if (witness.type() != KeyType.COSIGNATURE_V1) {
                throw new CosignatureException("the witness key " + witness.name() + " is not a cosignature key (type 0x04)");
            }
            for (NoteSignature line : checkpoint.signatures()) {
                if (witness.matches(line)) {
                    verified.add(verify(checkpoint.text(), witness, line.signature()));
                    break;
                }
            }
        }
        if (verified.size() < required) {
            throw new CosignatureException("the checkpoint carries " + verified.size() + " valid cosignature(s) of the "
                    + witnesses.size() + " known witness(es), " + required + " required; wait for witnesses to cosign it");
        }
        return List.copyOf(verified);
    }

    private static Cosignature verify(String text, NoteVerifier witness, byte[] timestamped) {
        if (timestamped.length != Cosignature.TIMESTAMPED_SIZE) {
            throw new CosignatureException("the cosignature by " + witness.name() + " is " + timestamped.length
                    + " bytes, not a timestamp and an Ed25519 signature (72)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(timestamped);
        long timestamp = buffer.getLong();
        byte[] signature = new byte[buffer.remaining()];
        buffer.get(signature);
        if (timestamp < 0 || !witness.verifies(Cosignature.message(text, timestamp), signature)) {
            throw new CosignatureException("the cosignature by " + witness.name()
                    + " does not verify: the checkpoint was altered after cosigning, or the cosignature was forged");
        }
        return new Cosignature(witness, Instant.ofEpochSecond(timestamp));
    }
}
