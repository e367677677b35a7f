package org.repatria.demo;

import java.util.SplittableRandom;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;

/**
 * Writes the record of a body as the side holding it can: identified from documents, known only in part
 * (a surname, an identity tag), or not at all, in which case the body tag is all there is.
 */
final class RemainsClerk {
    private static final double IDENTIFIED = 0.30;
    private static final double PARTIAL = 0.25;
    private static final PersonName NONE = new PersonName("", "", "");

    private final NameWriter naming;
    private final SplittableRandom rng;

    RemainsClerk(NameWriter naming, SplittableRandom rng) {
        this.naming = naming;
        this.rng = rng;
    }

    /** Both holders write the dead in Russian: Russia writes Ukrainians so, Ukraine writes Russians as they are. */
    Person write(TrueIdentity who, String bodyTag) {
        PersonName full = naming.russian(who);
        double r = rng.nextDouble();
        if (r < IDENTIFIED) {
            PartialDate birth = switch (rng.nextInt(10)) {
                case 0 -> PartialDate.unknown();
                case 1, 2 -> new PartialDate.Year(who.birth().getYear());
                default -> new PartialDate.Day(who.birth());
            };
            return row(bodyTag, full, who.sex(), birth, rng.nextDouble() < 0.6 ? who.militaryId() : "",
                    rng.nextDouble() < 0.4 ? who.rank().russian() : "",
                    rng.nextDouble() < 0.5 ? who.unit().russian() : "");
        }
        if (r < IDENTIFIED + PARTIAL) {
            String initial = rng.nextBoolean() ? full.givenName().substring(0, 1) + "." : "";
            return row(bodyTag, new PersonName(full.surname(), initial, ""), who.sex(), PartialDate.unknown(),
                    rng.nextBoolean() ? who.militaryId() : "", "", "");
        }
        Sex seen = rng.nextDouble() < 0.6 ? who.sex() : Sex.UNKNOWN;
        return row(bodyTag, NONE, seen, PartialDate.unknown(), rng.nextDouble() < 0.1 ? who.militaryId() : "", "", "");
    }

    private static Person row(String tag, PersonName name, Sex sex, PartialDate birth, String militaryId, String rank,
                              String unit) {
        return new Person(tag, name, NONE, sex, birth, "", militaryId, rank, unit, Category.REMAINS);
    }
}
