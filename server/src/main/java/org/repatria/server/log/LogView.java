package org.repatria.server.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.cosignature.Cosignature;
import org.repatria.ledger.cosignature.CosignatureException;
import org.repatria.ledger.cosignature.Cosignatures;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteException;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.ledger.note.SignedNote;
import org.repatria.store.Store;
import org.repatria.store.log.LogSigners;

/** Reads the {@link LogOverview} of the log: the current checkpoint, the witnesses' latest cosignatures, the newest entries. */
public final class LogView {
    private final Store store;
    private final TransparencyLog log;

    /** The view of {@code log}, whose entries, keys and cosignatures live in {@code store}. */
    public LogView(Store store, TransparencyLog log) {
        this.store = store;
        this.log = log;
    }

    /** The log now, with its {@code newest} latest entries (newest first). */
    public LogOverview overview(int newest) {
        SignedCheckpoint checkpoint = log.checkpoint();
        long size = checkpoint.checkpoint().size();
        List<LogOverview.Entry> latest = new ArrayList<>();
        List<byte[]> entries = store.log().entries(Math.max(0, size - newest), size);
        for (int i = entries.size() - 1; i >= 0; i--) {
            EntryStatement s = LogEntry.parse(entries.get(i)).statement();
            latest.add(new LogOverview.Entry(size - entries.size() + i, s.time(), s.kind().token(), s.signer(),
                    s.envelope().type().token(), s.envelope().id().hex()));
        }
        Optional<Instant> lastAt = latest.stream().findFirst().map(LogOverview.Entry::time);
        return new LogOverview(size, checkpoint.checkpoint().origin(), checkpoint.checkpoint().root().base64(), lastAt,
                witnesses(), latest);
    }

    private List<LogOverview.Witness> witnesses() {
        LogSigners signers = store.signers();
        Map<String, NoteVerifier> keys = new LinkedHashMap<>();
        Map<String, PartyId> parties = new LinkedHashMap<>();
        for (LogSigners.PartyKey k : signers.allPartyKeys()) {
            NoteVerifier key;
            try {
                key = NoteVerifier.parse(k.vkey());
            } catch (NoteException e) {
                continue; // Registered before the key format was checked: it verifies nothing, so it witnesses nothing.
            }
            if (key.type() == KeyType.COSIGNATURE_V1) {
                keys.putIfAbsent(key.name(), key);
                parties.putIfAbsent(key.name(), k.party());
            }
        }
        Map<String, LogOverview.Witness> out = new LinkedHashMap<>();
        keys.keySet().forEach(name -> out.put(name, new LogOverview.Witness(name, Optional.of(parties.get(name)),
                Optional.empty(), Optional.empty())));
        for (LogSigners.LatestCosignature c : signers.latestCosignatures()) {
            Optional<Cosignature> verified = Optional.ofNullable(keys.get(c.witness())).flatMap(k -> verify(c.note(), k));
            out.put(c.witness(), new LogOverview.Witness(c.witness(), Optional.ofNullable(parties.get(c.witness())),
                    Optional.of(c.size()), verified.map(Cosignature::time)));
        }
        return List.copyOf(out.values());
    }

    // Every stored cosignature verified when it was taken; verifying again yields the time the witness signed.
    private static Optional<Cosignature> verify(byte[] note, NoteVerifier key) {
        try {
            return Optional.of(Cosignatures.require(SignedNote.parse(note), List.of(key), 1).getFirst());
        } catch (CosignatureException | NoteException e) {
            return Optional.empty();
        }
    }
}
