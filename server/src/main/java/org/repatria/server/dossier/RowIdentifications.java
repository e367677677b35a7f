package org.repatria.server.dossier;

import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.agreement.PersonRef;
import org.repatria.store.Store;
import org.repatria.store.genetic.Decision;

/**
 * Identifications of a row, by the rule of the list pages: a party's accounts see that its own identification units
 * confirmed the row, when and by whom, never genetic data; the unit's own accounts also see the DNA case's title. No
 * other party learns of it here (it learns through the custody chain and the exchange's moves, when it is a side).
 */
final class RowIdentifications {
    private final Store store;

    RowIdentifications(Store store) {
        this.store = store;
    }

    List<Dossier.Identification> of(Account reader, PersonRef row) {
        if (reader.role() == Role.OBSERVER) {
            return List.of();
        }
        return store.cases().decisions().confirmedRow(row.list(), row.rowId()).stream()
                .filter(d -> d.party().equals(reader.party())).map(d -> identification(reader, d)).toList();
    }

    private Dossier.Identification identification(Account reader, Decision d) {
        Optional<String> title = reader.role() == Role.IDENTIFICATION
                ? store.cases().find(d.party(), d.caseId()).map(c -> c.title()) : Optional.empty();
        return new Dossier.Identification(d.party(), d.at(), d.decidedBy(), title);
    }
}
