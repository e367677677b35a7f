package org.repatria.server.cta;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListHeader;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.server.death.DeathMessages.DeathRecordReply;
import org.repatria.server.death.DeathRegister;
import org.repatria.store.Store;
import org.repatria.store.genetic.Decision;

/**
 * The death records the exporting account may read (the register's own need to know), each tied to a row of its party:
 * the row the confirmed identification names, or, for remains the party itself identified, its remains row whose id is
 * the bag's tag (the remains sample's id). Only a record's latest revision counts: a corrected record is left out.
 */
final class DeathLinks {
    /** The particulars of one death record: date, place and cause as the record gives them, and its envelope id. */
    record Found(String date, String place, String cause, String envelope) {
    }

    private final Map<PersonRef, Found> byRow = new HashMap<>();
    private final Map<String, Found> byTag = new HashMap<>();

    private DeathLinks() {
    }

    /** The records {@code reader} may read, indexed by the rows they are of. */
    static DeathLinks of(Store store, DeathRegister register, Account reader) {
        DeathLinks links = new DeathLinks();
        for (DeathRecordReply r : register.list(reader)) {
            if (r.corrected()) {
                continue;
            }
            Map<String, String> p = r.particulars();
            Found found = new Found(p.getOrDefault("death-date", ""), p.getOrDefault("death-place", ""),
                    p.getOrDefault("death-cause", ""), r.envelopeId());
            store.cases().decisions().of(p.getOrDefault("case", "")).stream()
                    .filter(d -> d.id().equals(r.identification())).findFirst()
                    .flatMap(DeathLinks::row).ifPresent(ref -> links.byRow.putIfAbsent(ref, found));
            if (r.party().equals(reader.party().value()) && !p.getOrDefault("remains", "").isBlank()) {
                links.byTag.putIfAbsent(p.get("remains").strip(), found);
            }
        }
        return links;
    }

    /** The death record of {@code person} in {@code list}, if one is tied to it. */
    Optional<Found> of(ListHeader list, Person person) {
        Found named = byRow.get(new PersonRef(list.id(), person.rowId()));
        if (named != null) {
            return Optional.of(named);
        }
        return person.category() == Category.REMAINS ? Optional.ofNullable(byTag.get(person.rowId())) : Optional.empty();
    }

    private static Optional<PersonRef> row(Decision d) {
        return d.list().flatMap(list -> d.rowId().filter(r -> !r.isBlank()).map(r -> new PersonRef(list, r)));
    }
}
