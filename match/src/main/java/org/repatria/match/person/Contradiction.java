package org.repatria.match.person;

import java.util.Optional;
import org.repatria.match.compare.PartialDate;
import org.repatria.match.compare.Profile;

/**
 * What no weight can outvote: two rows that say plainly they are two human beings — both sexes known and different,
 * both military or document ids known and more than one character apart, or birth years more than
 * {@link #YEARS_APART} apart and not one slip of the pen (a man and a child, a father and his son). A model estimated
 * on a tiny list is rough, so these are a rule, applied before any pair is taken for one person.
 */
final class Contradiction {
    /** The most years two birth dates of one person written on two lists may be apart (an age guessed, a slip). */
    static final int YEARS_APART = 10;

    private Contradiction() {
    }

    /** Whether the two rows cannot be one person. */
    static boolean between(Profile a, Profile b) {
        return a.sex() != 0 && b.sex() != 0 && a.sex() != b.sex()
                || !a.identifier().isEmpty() && !b.identifier().isEmpty() && differ(a.identifier(), b.identifier())
                || yearsApart(a.birthDate(), b.birthDate());
    }

    private static boolean yearsApart(Optional<PartialDate> a, Optional<PartialDate> b) {
        if (a.isEmpty() || b.isEmpty() || Math.abs(a.get().year() - b.get().year()) <= YEARS_APART) {
            return false;
        }
        return differ(Integer.toString(a.get().year()), Integer.toString(b.get().year()));
    }

    /** More than one character apart: not one slip (one changed, added, dropped, or two neighbours swapped). */
    static boolean differ(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return true;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        String ra = a.substring(i);
        String rb = b.substring(i);
        boolean swapped = ra.length() >= 2 && rb.length() == ra.length() && ra.charAt(0) == rb.charAt(1)
                && ra.charAt(1) == rb.charAt(0) && ra.substring(2).equals(rb.substring(2));
        return !(swapped || ra.substring(Math.min(1, ra.length())).equals(rb.substring(Math.min(1, rb.length())))
                || ra.substring(Math.min(1, ra.length())).equals(rb) || ra.equals(rb.substring(Math.min(1, rb.length()))));
    }
}
