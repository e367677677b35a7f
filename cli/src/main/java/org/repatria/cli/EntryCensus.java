package org.repatria.cli;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.repatria.core.document.EntryKind;
import org.repatria.server.log.LogEntry;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.note.NoteException;
import org.repatria.ledger.note.NoteVerifier;

/**
 * Reads each proven entry of a log as a Repatria entry: counts the steps, and checks the signature of every entry whose
 * signer's key was given — so a log operator cannot pass off an entry in a party's name.
 */
final class EntryCensus {
    private final Map<PartyId, NoteVerifier> partyKeys;
    private final Map<EntryKind, Long> kinds = new EnumMap<>(EntryKind.class);
    private long other;
    private long signaturesChecked;

    EntryCensus(Map<PartyId, NoteVerifier> partyKeys) {
        this.partyKeys = Map.copyOf(partyKeys);
    }

    /**
     * Takes one entry.
     *
     * @throws CommandFailure (exit 1) when an entry by a party with a known key is not validly signed by that key
     */
    void accept(byte[] bytes, long index) {
        LogEntry entry;
        try {
            entry = LogEntry.parse(bytes);
        } catch (IllegalArgumentException notOurs) {
            other++;
            return;
        }
        kinds.merge(entry.statement().kind(), 1L, Long::sum);
        PartyId signer = entry.statement().signer();
        Optional.ofNullable(partyKeys.get(signer)).ifPresent(key -> {
            try {
                entry.checkSignedBy(key);
                signaturesChecked++;
            } catch (NoteException e) {
                throw new CommandFailure(CommandFailure.FAILED, "verification failed (party signature): entry " + index
                        + " (" + entry.statement().kind().token() + ", envelope " + entry.statement().envelope().id()
                        + ") says it was signed by " + signer + ", but " + e.getMessage()
                        + "; whoever wrote it did not hold " + signer + "'s key", e);
            }
        });
    }

    /** One line: how many entries of each kind, and how many signatures were checked. */
    String summary() {
        String steps = Arrays.stream(EntryKind.values())
                .map(k -> kinds.getOrDefault(k, 0L) + " " + k.token()).collect(Collectors.joining(", "));
        String keys = partyKeys.isEmpty() ? "no --party-key given: party signatures not checked"
                : signaturesChecked + " party signatures verified ("
                        + partyKeys.keySet().stream().map(PartyId::value).sorted().collect(Collectors.joining(", ")) + ")";
        return steps + ", " + other + " other; " + keys;
    }
}
