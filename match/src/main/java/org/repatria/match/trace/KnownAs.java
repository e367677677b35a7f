package org.repatria.match.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Other names and birth dates a case knows the child under (after placement, adoption or new documents): each name
 * as "surname given-name [patronymic]", each date as a birth date is written. The search weighs the case under each
 * and keeps, per candidate, the best.
 */
public record KnownAs(List<String> names, List<String> birthDates) {
    /** No other names or dates. */
    public static final KnownAs NONE = new KnownAs(List.of(), List.of());
    /** The most other names, and the most other dates, one case may give. */
    public static final int MAX = 20;

    public KnownAs {
        names = List.copyOf(names);
        birthDates = List.copyOf(birthDates);
        if (names.size() > MAX || birthDates.size() > MAX) {
            throw new IllegalArgumentException("a case may give at most " + MAX + " other names and " + MAX
                    + " other birth dates (got " + names.size() + " and " + birthDates.size() + "); keep the likeliest");
        }
        for (String s : names) {
            if (s.length() > ChildRecord.MAX_FIELD) {
                throw new IllegalArgumentException("an other name is longer than " + ChildRecord.MAX_FIELD
                        + " characters; shorten it");
            }
        }
    }

    /** The case as given, then once under each other name and once under each other birth date. */
    List<ChildRecord> variants(ChildRecord c) {
        List<ChildRecord> out = new ArrayList<>(List.of(c));
        for (String name : names) {
            String[] w = name.strip().split("\\s+");
            if (w.length >= 2) {
                out.add(new ChildRecord(c.id(), w[0], w[1], w.length > 2 ? w[2] : c.patronymic(), c.sex(),
                        c.birthDate(), c.birthPlace(), c.fatherGivenName(), c.motherGivenName(), c.motherSurname(),
                        c.since()));
            }
        }
        for (String date : birthDates) {
            if (!date.isBlank() && date.length() <= ChildRecord.MAX_FIELD) {
                out.add(new ChildRecord(c.id(), c.surname(), c.givenName(), c.patronymic(), c.sex(), date.strip(),
                        c.birthPlace(), c.fatherGivenName(), c.motherGivenName(), c.motherSurname(), c.since()));
            }
        }
        return out;
    }
}
