package org.repatria.demo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;

/**
 * What the requested side knows of a child it located: the record under which it holds the child (in Russian, often
 * under a changed name or birth date), the institution or carer, and since when. The demo's ground truth says which
 * of the child's particulars were changed.
 *
 * @param rowId      the children's request list's row this child is
 * @param name       the name on the requested side's record
 * @param birth      the birth date on that record
 * @param birthPlace the birth place on that record; empty when it gives none
 * @param carer      the institution or the carer (a family, a guardian) the child is with
 * @param since      when the child was placed there
 * @param changes    which particulars differ from the family's (beyond the Russian spelling)
 */
public record HeldChild(String rowId, PersonName name, PartialDate birth, String birthPlace, String carer,
                        LocalDate since, Set<Change> changes) {
    public HeldChild {
        Objects.requireNonNull(rowId, "rowId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birth, "birth");
        Objects.requireNonNull(birthPlace, "birthPlace");
        Objects.requireNonNull(carer, "carer");
        Objects.requireNonNull(since, "since");
        changes = Set.copyOf(changes);
    }

    /** A particular changed after the removal (by placement, adoption or new documents). */
    public enum Change {
        /** A new surname (a foster or adoptive family's). */
        SURNAME,
        /** A new given name. */
        GIVEN_NAME,
        /** A birth date moved by days to years. */
        BIRTH_DATE,
        /** The birth place left out or replaced. */
        BIRTH_PLACE
    }

    /** Whether the child was placed under another name (a changed surname or given name). */
    public boolean renamed() {
        return changes.contains(Change.SURNAME) || changes.contains(Change.GIVEN_NAME);
    }
}
