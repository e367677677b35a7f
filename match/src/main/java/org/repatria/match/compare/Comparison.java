package org.repatria.match.compare;

import java.util.List;
import org.repatria.match.name.Name;

/** Compares two profiles field by field into levels (indexed by {@link Field#ordinal()}; 0 = missing). */
public final class Comparison {
    private static final Field[] FIELDS = Field.values();
    static final double CLOSE = 0.92;
    static final double SIMILAR = 0.84;
    /** What {@link #name} returns for different names compared without equivalence classes. */
    private static final int PLAIN_DIFFERENT = 4;

    private Comparison() {
    }

    /** Writes the level of every field for the pair (a, b) into {@code out}. */
    public static void levels(Profile a, Profile b, byte[] out) {
        int surname = name(a.surname(), b.surname(), false);
        int given = name(a.givenName(), b.givenName(), true);
        boolean surnameDiffers = surname == PLAIN_DIFFERENT;
        if (surnameDiffers && given == Field.GIVEN_NAME.different()
                && close(name(a.surname(), b.givenName(), false)) && close(name(a.givenName(), b.surname(), false))) {
            // Surname and given name written in each other's columns: as good as close on both.
            surname = 2;
            given = 3;
        } else if (surnameDiffers) {
            // One name written in the other's column (the other name replaced or misread) has a level of its own.
            boolean crossed = close(name(a.surname(), b.givenName(), false)) || close(name(a.givenName(), b.surname(), false));
            surname = crossed ? Field.SURNAME.different() - 1 : Field.SURNAME.different();
        }
        out[Field.SURNAME.ordinal()] = (byte) surname;
        out[Field.GIVEN_NAME.ordinal()] = (byte) given;
        out[Field.PATRONYMIC.ordinal()] = (byte) name(a.patronymic(), b.patronymic(), true);
        out[Field.SEX.ordinal()] = (byte) (a.sex() == 0 || b.sex() == 0 ? 0 : a.sex() == b.sex() ? 1 : 2);
        out[Field.BIRTH_DATE.ordinal()] = (byte) (a.birthDate().isEmpty() || b.birthDate().isEmpty() ? 0
                : Dates.level(a.birthDate().get(), b.birthDate().get()));
        out[Field.BIRTH_PLACE.ordinal()] = (byte) coarse(a.birthPlace(), b.birthPlace());
        out[Field.IDENTIFIER.ordinal()] = (byte) identifier(a.identifier(), b.identifier());
        out[Field.UNIT.ordinal()] = (byte) coarse(a.unit(), b.unit());
        out[Field.ADDRESS.ordinal()] = (byte) Addresses.level(a.address(), b.address());
    }

    /** The number of fields, i.e. the length of a level vector. */
    public static int fields() {
        return FIELDS.length;
    }

    private static boolean close(int level) {
        return level == 1 || level == 2;
    }

    /** exact, [equivalent], close (Jaro–Winkler ≥ 0.92 or one edit), sounds alike, different. */
    static int name(Name a, Name b, boolean withEquivalence) {
        if (a.missing() || b.missing()) {
            return 0;
        }
        int shift = withEquivalence ? 1 : 0;
        if (shares(a.forms(), b.forms())) {
            return 1;
        }
        if (withEquivalence && !a.equivalence().isEmpty() && a.equivalence().equals(b.equivalence())) {
            return 2;
        }
        double best = best(a, b);
        if (best >= CLOSE || oneEdit(a, b)) {
            return 2 + shift;
        }
        if (best >= SIMILAR || shares(a.keys(), b.keys())) {
            return 3 + shift;
        }
        return 4 + shift;
    }

    /** exact, close, different: for places and units. */
    static int coarse(Name a, Name b) {
        if (a.missing() || b.missing()) {
            return 0;
        }
        if (shares(a.forms(), b.forms())) {
            return 1;
        }
        return best(a, b) >= SIMILAR || shares(a.keys(), b.keys()) ? 2 : 3;
    }

    static int identifier(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        return Edits.withinOne(a, b) ? 2 : 3;
    }

    private static double best(Name a, Name b) {
        double best = 0;
        for (String x : a.forms()) {
            for (String y : b.forms()) {
                best = Math.max(best, JaroWinkler.similarity(x, y));
            }
        }
        return best;
    }

    /** One slip of the pen (Damerau–Levenshtein 1), which Jaro–Winkler underrates in short names (Clain, Clsin). */
    private static boolean oneEdit(Name a, Name b) {
        for (String x : a.forms()) {
            for (String y : b.forms()) {
                if (Math.min(x.length(), y.length()) >= 4 && Edits.withinOne(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shares(List<String> a, List<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
