package org.repatria.server.log;

import java.security.SecureRandom;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.store.DuplicateException;
import org.repatria.store.log.LogSigners;

/** The log's note signer key: made on first start and kept in the database, so that restarts sign with the same key. */
final class LogKey {
    private LogKey() {
    }

    static NoteSigner loadOrMake(LogSigners signers) {
        return signers.signerKey(TransparencyLog.ORIGIN).map(NoteSigner::parse).orElseGet(() -> {
            NoteSigner made = NoteSigner.generate(TransparencyLog.ORIGIN, KeyType.ED25519, new SecureRandom());
            try {
                signers.keepSignerKey(TransparencyLog.ORIGIN, made.encoded());
                return made;
            } catch (DuplicateException raced) {
                return NoteSigner.parse(signers.signerKey(TransparencyLog.ORIGIN).orElseThrow());
            }
        });
    }
}
