package org.repatria.server.log;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.repatria.core.account.Account;
import org.repatria.ledger.checkpoint.CheckpointException;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.cosignature.Cosignature;
import org.repatria.ledger.cosignature.CosignatureException;
import org.repatria.ledger.cosignature.Cosignatures;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteException;
import org.repatria.ledger.note.NoteSignature;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.ledger.note.SignedNote;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.store.log.LogSigners;

/**
 * Observers' cosignatures (C2SP tlog-cosignature): taken only when they verify under a witness key the mediator
 * registered for the observer's party, and served back as extra signature lines on the checkpoint they cosign, so
 * a client can require them ({@code repatria verify --witness}). The cosigned checkpoint is built once per checkpoint
 * and cosignature taken, not per request: this server is the only writer of cosignatures (one server per database).
 */
final class Witnesses {
    private final LogSigners signers;
    private final TransparencyLog log;
    // Bumped after each stored cosignature; a cached note built before the bump is never served after it.
    private final AtomicLong taken = new AtomicLong();
    private final AtomicReference<Cosigned> served;

    // The note and its bytes as served (made once per checkpoint and cosignature taken: docs/decisions/0168).
    private record Cosigned(SignedCheckpoint checkpoint, long taken, LogResources.Served bytes) {
    }

    Witnesses(LogSigners signers, TransparencyLog log) {
        this.signers = signers;
        this.log = log;
        // Never served as is: no count of cosignatures taken is -1.
        this.served = new AtomicReference<>(new Cosigned(log.checkpoint(), -1, LogResources.Served.of(new byte[0])));
    }

    /** Checks and keeps the caller's cosigned checkpoint; the witness key that cosigned it. */
    NoteVerifier accept(Account caller, byte[] note) {
        SignedCheckpoint cosigned;
        try {
            cosigned = SignedCheckpoint.open(note, log.verifier());
        } catch (CheckpointException e) {
            throw HttpProblem.malformed("send the cosigned checkpoint as text: " + e.getMessage());
        }
        long size = cosigned.checkpoint().size();
        if (size < 1 || size > log.checkpoint().checkpoint().size() || !log.root(size).equals(cosigned.checkpoint().root())) {
            throw HttpProblem.invalid("body", "this log never signed that checkpoint");
        }
        NoteVerifier witness = witnessOf(caller, cosigned.note());
        Refusals.translate(() -> signers.addCosignature(size, witness.name(), note));
        taken.incrementAndGet();
        return witness;
    }

    /** The log's current checkpoint with every stored cosignature of it appended, as served: its bytes and ETag. */
    LogResources.Served servedCheckpoint() {
        return current().bytes();
    }

    private Cosigned current() {
        SignedCheckpoint checkpoint = log.checkpoint();
        long cosignatures = taken.get();
        Cosigned cached = served.get();
        if (cached.checkpoint() == checkpoint && cached.taken() == cosignatures) {
            return cached;
        }
        Cosigned made = new Cosigned(checkpoint, cosignatures, LogResources.Served.of(cosigned(checkpoint).encoded()));
        served.set(made);
        return made;
    }

    private SignedNote cosigned(SignedCheckpoint checkpoint) {
        SignedNote current = checkpoint.note();
        for (byte[] stored : signers.cosignatures(checkpoint.checkpoint().size())) {
            SignedNote cosigned = SignedNote.parse(stored);
            if (!cosigned.text().equals(current.text())) {
                continue; // Same size, other text: cosigned under another origin; it says nothing about this one.
            }
            for (NoteSignature line : cosigned.signatures()) {
                if (!current.signatures().contains(line)) {
                    current = current.withSignature(line);
                }
            }
        }
        return current;
    }

    private NoteVerifier witnessOf(Account caller, SignedNote note) {
        List<NoteVerifier> keys = signers.partyKeys(caller.party()).stream().map(NoteVerifier::parse)
                .filter(k -> k.type() == KeyType.COSIGNATURE_V1).toList();
        if (keys.isEmpty()) {
            throw new HttpProblem(422, "unknown_key", "no witness (cosignature) key is registered for " + caller.party()
                    + "; the mediator registers the key `repatria keygen --witness` printed first", Optional.of("body"));
        }
        try {
            List<Cosignature> valid = Cosignatures.require(note, keys, 1);
            return valid.getFirst().witness();
        } catch (CosignatureException | NoteException e) {
            throw new HttpProblem(422, "bad_signature", "the checkpoint carries no valid cosignature by a witness key of "
                    + caller.party() + ": " + e.getMessage(), Optional.of("body"));
        }
    }
}
