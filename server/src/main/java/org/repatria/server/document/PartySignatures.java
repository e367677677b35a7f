package org.repatria.server.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.note.NoteException;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.log.LogEntry;
import org.repatria.store.log.LogSigners;

/**
 * Checks that an entry carries a valid signature by a key registered for its signer, and that its {@code key own} or
 * {@code key server-held} says which kind signed it. Keys are only ever added (an old key must keep verifying the
 * entries it signed), so the keys read for a party are kept: an entry that no kept key verifies is checked again
 * against the keys read afresh, and only then refused. Each key string is parsed once ({@link KeyStrings}).
 */
final class PartySignatures {
    private final LogSigners signers;
    private final ServerHeldKeys serverHeld;
    private final KeyStrings<NoteVerifier> parsed = new KeyStrings<>(NoteVerifier::parse);
    private final Map<PartyId, List<String>> registered = new ConcurrentHashMap<>();

    PartySignatures(LogSigners signers, ServerHeldKeys serverHeld) {
        this.signers = signers;
        this.serverHeld = serverHeld;
    }

    /** Refuses (422, field {@code entry}) an entry without a valid signature by a key registered for its signer. */
    void check(LogEntry entry) {
        PartyId signer = entry.statement().signer();
        List<String> kept = registered.get(signer);
        Optional<String> key = kept == null ? Optional.empty() : verifyingKey(entry, kept);
        if (key.isEmpty()) {
            List<String> keys = signers.partyKeys(signer);
            if (registered.size() >= KeyStrings.MAX_KEYS) {
                registered.clear();
            }
            registered.put(signer, keys);
            if (keys.isEmpty()) {
                throw new HttpProblem(422, "unknown_key", "no key is registered for " + signer
                        + "; the mediator registers each party's key first", Optional.of("entry"));
            }
            key = verifyingKey(entry, keys);
            if (key.isEmpty()) {
                throw refusal(entry, signer, keys);
            }
        }
        // Only a key under the server-held key's name can be it: the stored key is read for those alone.
        boolean byServer = parsed.get(key.get()).name().equals(ServerHeldKeys.keyName(signer))
                && serverHeld.of(signer).map(k -> k.verifier().encoded()).filter(key.get()::equals).isPresent();
        DocumentSteps.require(byServer == (entry.statement().custody() == KeyCustody.SERVER_HELD), "entry", byServer
                ? "the entry is signed with the key the server holds for " + signer + " but says key own"
                : "the entry says key server-held but is signed with a key of " + signer + "'s own");
    }

    private Optional<String> verifyingKey(LogEntry entry, List<String> keys) {
        for (String key : keys) {
            try {
                entry.checkSignedBy(parsed.get(key));
                return Optional.of(key);
            } catch (NoteException tryNext) {
                // Another registered key of the same party may have signed it.
            }
        }
        return Optional.empty();
    }

    // Say which it is: a key file nobody registered for the signer (its signature names no registered key), or an
    // entry altered after signing (it names a registered key whose signature does not verify).
    private HttpProblem refusal(LogEntry entry, PartyId signer, List<String> keys) {
        List<NoteVerifier> keyList = keys.stream().map(parsed::get).toList();
        List<String> unregistered = entry.note().signatures().stream()
                .filter(sig -> keyList.stream().noneMatch(k -> k.matches(sig)))
                .map(sig -> sig.name() + "+" + String.format(Locale.ROOT, "%08x", sig.keyId())).toList();
        String why = unregistered.size() == entry.note().signatures().size() && !unregistered.isEmpty()
                ? ": it is signed with key " + String.join(", ", unregistered) + ", which is not registered for " + signer
                        + "; sign with " + signer + "'s registered key file, or have the mediator register this key"
                : ": it was altered after signing, or signed with another key";
        return new HttpProblem(422, "bad_signature", "the entry carries no valid signature by a key registered for " + signer
                + why, Optional.of("entry"));
    }
}
