package org.repatria.server.death;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.death.DeathRecordText;
import org.repatria.core.document.EntryKind;
import org.repatria.server.death.DeathMessages.DeathRecordReply;
import org.repatria.store.Store;
import org.repatria.store.death.StoredDeathRecord;

/**
 * Who reads a death record (personal data, need to know): the identifying party's accounts, the mediator, and the
 * person's own side once the mediator relayed it to them. Observers are refused by the routes' rule; anyone else is
 * answered as if the record did not exist.
 */
final class DeathReaders {
    private final Store store;

    DeathReaders(Store store) {
        this.store = store;
    }

    boolean relayed(String envelopeId) {
        return store.documents().trail(envelopeId).stream().anyMatch(e -> e.kind().equals(EntryKind.RELAYED.token()));
    }

    boolean reads(Account reader, StoredDeathRecord r) {
        return reader.role() == Role.MEDIATOR || reader.party().equals(r.party())
                || reader.party().equals(r.side()) && relayed(r.envelopeId());
    }

    DeathRecordText text(StoredDeathRecord r) {
        byte[] content = store.documents().document(r.envelopeId()).orElseThrow(() -> new IllegalStateException(
                "death record " + r.envelopeId() + " has no stored document")).content();
        return DeathRecordText.parse(content);
    }

    DeathRecordReply reply(StoredDeathRecord r) {
        DeathRecordText text = text(r);
        Map<String, String> particulars = new LinkedHashMap<>();
        List<String> values = text.values();
        for (int i = 0; i < DeathRecordText.KEYS.size(); i++) {
            particulars.put(DeathRecordText.KEYS.get(i), values.get(i));
        }
        boolean corrected = store.deathRecords().of(r.identificationId()).getLast().revision() > r.revision();
        return new DeathRecordReply(r.envelopeId(), r.identificationId(), r.revision(), r.corrects().orElse(""),
                r.party().value(), r.side().value(), r.by(), r.at(), relayed(r.envelopeId()), corrected, particulars);
    }
}
