package org.repatria.server.document;

import java.security.SecureRandom;
import java.util.Optional;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.store.log.LogSigners;

/**
 * Keys the server holds for a party that chose so (the mediator records the choice): kept with the log's own key,
 * under {@code server-held/<party>}, and registered as one of the party's keys so its entries verify like any other.
 */
final class ServerHeldKeys {
    private static final String PREFIX = "server-held/";
    private final LogSigners signers;
    // Parsing a signer key derives its public key (a point multiplication): each stored key string is parsed once.
    private final KeyStrings<NoteSigner> parsed = new KeyStrings<>(NoteSigner::parse);

    ServerHeldKeys(LogSigners signers) {
        this.signers = signers;
    }

    /** Makes, keeps and registers the party's server-held key; {@code DuplicateException} when it has one. */
    NoteSigner enable(PartyId party) {
        NoteSigner key = NoteSigner.generate(keyName(party), KeyType.ED25519, new SecureRandom());
        signers.keepSignerKey(PREFIX + party, key.encoded());
        signers.addPartyKey(party, key.verifier().encoded());
        return key;
    }

    /**
     * Forgets the party's server-held key, so the server can no longer sign for it; its verifier key stays registered,
     * because the entries it signed must still verify. Whether there was one.
     */
    boolean disable(PartyId party) {
        return signers.forgetSignerKey(PREFIX + party);
    }

    /** The note key name of every server-held key the server made for {@code party}: {@code <party>-server-held}. */
    static String keyName(PartyId party) {
        return party + "-server-held";
    }

    /** The party's server-held key, if it enabled one. */
    Optional<NoteSigner> of(PartyId party) {
        return signers.signerKey(PREFIX + party).map(parsed::get);
    }
}
