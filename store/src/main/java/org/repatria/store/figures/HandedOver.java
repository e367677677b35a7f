package org.repatria.store.figures;

import java.time.Instant;
import java.util.Optional;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;

/**
 * How many persons one side handed over in one tranche of an agreement, of one category (the row's) and one state of
 * health as nominated (empty when no nomination names them), and when the side's crossing was recorded.
 */
public record HandedOver(String agreement, int tranche, PartyId side, Category category, Optional<String> health,
                         long persons, Instant crossed) {
}
