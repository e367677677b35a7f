package org.repatria.match.compare;

import org.repatria.match.name.Name;

/**
 * The two profiles a pair's level tests look at; what several tests ask (a name's best similarity, the share of one
 * address found in the other) is worked out once, on first use.
 */
public final class ProfilePair {
    private final Profile a;
    private final Profile b;
    private final NamePairs known;
    private final NamePair surname;
    private final NamePair givenName;
    private final NamePair patronymic;
    private NamePair birthPlace;
    private NamePair unit;
    private NamePair surnameAsGiven;
    private NamePair givenAsSurname;
    private double addressShare = -1;

    ProfilePair(Profile a, Profile b) {
        this(a, b, null);
    }

    /** The pair, its name pairs taken from (and left in) {@code known} when given. */
    ProfilePair(Profile a, Profile b, NamePairs known) {
        this.a = a;
        this.b = b;
        this.known = known;
        this.surname = pair(a.surname(), b.surname());
        this.givenName = pair(a.givenName(), b.givenName());
        this.patronymic = pair(a.patronymic(), b.patronymic());
    }

    private NamePair pair(Name x, Name y) {
        // A pair with a name missing answers at once: not worth a slot.
        return known == null || x.missing() || y.missing() ? new NamePair(x, y) : known.of(x, y);
    }

    Profile a() {
        return a;
    }

    Profile b() {
        return b;
    }

    NamePair surname() {
        return surname;
    }

    NamePair givenName() {
        return givenName;
    }

    NamePair patronymic() {
        return patronymic;
    }

    NamePair birthPlace() {
        if (birthPlace == null) {
            birthPlace = pair(a.birthPlace(), b.birthPlace());
        }
        return birthPlace;
    }

    NamePair unit() {
        if (unit == null) {
            unit = pair(a.unit(), b.unit());
        }
        return unit;
    }

    /** Surname and given name written in each other's columns: each differs from its own column, both crossings agree. */
    boolean namesSwapped() {
        return surnameDiffers() && givenNameDiffers() && surnameAsGiven().sameOrClose() && givenAsSurname().sameOrClose();
    }

    /** One name written in the other's column (the other name replaced or misread). */
    boolean oneNameCrossed() {
        return surnameAsGiven().sameOrClose() || givenAsSurname().sameOrClose();
    }

    /** The share of the shorter address's tokens found in the other. */
    double addressShare() {
        if (addressShare < 0) {
            addressShare = Addresses.share(a.address(), b.address());
        }
        return addressShare;
    }

    private boolean surnameDiffers() {
        return !surname.missing() && !surname.sameForm() && !surname.close() && !surname.similar();
    }

    private boolean givenNameDiffers() {
        return !givenName.missing() && !givenName.sameForm() && !givenName.sameEquivalence() && !givenName.close()
                && !givenName.similar();
    }

    private NamePair surnameAsGiven() {
        if (surnameAsGiven == null) {
            surnameAsGiven = pair(a.surname(), b.givenName());
        }
        return surnameAsGiven;
    }

    private NamePair givenAsSurname() {
        if (givenAsSurname == null) {
            givenAsSurname = pair(a.givenName(), b.surname());
        }
        return givenAsSurname;
    }
}
