package org.repatria.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;

/**
 * A deported child's case as the family gives it to the requesting side's child-protection workers: the parents or
 * legal guardians and how to reach them, the last known address, the removal, other names and birth dates the family
 * has heard of (after a placement, an adoption or new documents), and, for some, a photograph.
 *
 * @param rowId       the children's request list's row
 * @param guardians   parents or legal guardians, the first being the one who receives the child
 * @param lastAddress the child's last known address, in the occupied area
 * @param removal     when, where and how the child was taken
 * @param otherNames  names and birth dates the child may now carry; empty when the family knows of none
 * @param photo       a photograph the family handed in, when it has one
 */
public record ChildCase(String rowId, List<Guardian> guardians, String lastAddress, Removal removal,
                        List<OtherName> otherNames, Optional<Portrait> photo) {
    public ChildCase {
        Objects.requireNonNull(rowId, "rowId");
        guardians = List.copyOf(guardians);
        Objects.requireNonNull(lastAddress, "lastAddress");
        Objects.requireNonNull(removal, "removal");
        otherNames = List.copyOf(otherNames);
        Objects.requireNonNull(photo, "photo");
        if (guardians.isEmpty()) {
            throw new IllegalArgumentException("a child's case names at least one parent or guardian");
        }
    }

    /**
     * A parent or legal guardian: the name, the relation to the child (Ukrainian, e.g. {@code мати}), the legal
     * standing ({@code parent}, {@code legal-guardian}, {@code authorised-relative}), the identity document (its type
     * and number), and a phone and address to reach them.
     */
    public record Guardian(PersonName name, String relation, String standing, String documentType, String documentNumber,
                           String phone, String address) {
    }

    /** The removal: the date, the place (a settlement under occupation) and the circumstances, as the family tells them. */
    public record Removal(LocalDate date, String place, String circumstances) {
    }

    /** Another name (and birth date) the child may carry, and where the family heard of it. */
    public record OtherName(PersonName name, PartialDate birth, String source) {
    }
}
