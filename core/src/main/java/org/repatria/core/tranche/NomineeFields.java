package org.repatria.core.tranche;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;

/** A nominee as the nine tab-separated fields of a plan text line: list, row, holder, category, birth, health, ids, name. */
final class NomineeFields {
    static final int COUNT = 9;

    private NomineeFields() {
    }

    /** The given leading fields followed by the nominee's nine, unescaped. */
    static String[] after(Nominee n, String... leading) {
        List<String> fields = new ArrayList<>(List.of(leading));
        fields.addAll(List.of(n.person().list().toString(), n.person().rowId(), n.holder().value(),
                n.category().name().toLowerCase(Locale.ROOT), n.birthDate().iso(), n.health().token(), n.serviceNumber(),
                n.bodyTag(), n.displayName()));
        return fields.toArray(String[]::new);
    }

    /** Reads the nominee from the fields starting at {@code from}, which must be the line's last nine. */
    static Nominee read(List<String> f, int from) {
        PlanText.count(f, from + COUNT);
        return new Nominee(new PersonRef(ListId.parse(f.get(from)), f.get(from + 1)), new PartyId(f.get(from + 2)),
                Category.valueOf(f.get(from + 3).toUpperCase(Locale.ROOT)), PartialDate.parseIso(f.get(from + 4)),
                health(f.get(from + 5)), f.get(from + 6), f.get(from + 7), f.get(from + 8));
    }

    private static Health health(String token) {
        for (Health h : Health.values()) {
            if (h.token().equals(token)) {
                return h;
            }
        }
        throw new PlanningException("unknown state of health \"" + token + "\"");
    }
}
