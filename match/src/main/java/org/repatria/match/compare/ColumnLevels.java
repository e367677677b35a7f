package org.repatria.match.compare;

import static org.repatria.match.compare.NameAnswers.CLOSE;
import static org.repatria.match.compare.NameAnswers.EQUIVALENT;
import static org.repatria.match.compare.NameAnswers.MISSING;
import static org.repatria.match.compare.NameAnswers.SAME;
import static org.repatria.match.compare.NameAnswers.SIMILAR;
import static org.repatria.match.compare.ProfileColumns.DATE;
import static org.repatria.match.compare.ProfileColumns.FLAGS;
import static org.repatria.match.compare.ProfileColumns.GIVEN;
import static org.repatria.match.compare.ProfileColumns.HAS_ADDRESS;
import static org.repatria.match.compare.ProfileColumns.HAS_IDENTIFIER;
import static org.repatria.match.compare.ProfileColumns.IDENTIFIER;
import static org.repatria.match.compare.ProfileColumns.PATRONYMIC;
import static org.repatria.match.compare.ProfileColumns.PLACE;
import static org.repatria.match.compare.ProfileColumns.SURNAME;
import static org.repatria.match.compare.ProfileColumns.UNIT;

/**
 * The levels of {@link Field} worked out on two rows of {@link ProfileColumns}: each field's tests in its declared
 * order, on the names' answers ({@link NameAnswers}) instead of {@link ProfilePair}. {@code Field} stays the definition
 * (labels, explanations, the one-pair {@link Comparison}); {@code ProfileColumnsTest} holds the two to the same levels.
 */
final class ColumnLevels {
    private final ProfileColumns columns;
    private final NameAnswers answers;
    private final int[] left;
    private final int[] right;
    private int x;
    private int y;
    private int surname;
    private int given;
    private int surnameAsGiven;
    private int givenAsSurname;

    ColumnLevels(ProfileColumns columns) {
        this.columns = columns;
        this.answers = new NameAnswers(columns.forms, columns.answers);
        this.left = columns.left;
        this.right = columns.right;
    }

    /** The levels of left row {@code i} (at {@code x}) and right row {@code j} (at {@code y}) into {@code out}. */
    void compare(int x, int y, int i, int j, byte[] out) {
        this.x = x;
        this.y = y;
        surname = answers.of(left[x + SURNAME], right[y + SURNAME]);
        given = answers.of(left[x + GIVEN], right[y + GIVEN]);
        surnameAsGiven = -1;
        givenAsSurname = -1;
        out[Field.SURNAME.ordinal()] = (byte) surnameLevel();
        out[Field.GIVEN_NAME.ordinal()] = (byte) givenLevel();
        out[Field.PATRONYMIC.ordinal()] = (byte) patronymicLevel(answers.of(left[x + PATRONYMIC], right[y + PATRONYMIC]));
        out[Field.SEX.ordinal()] = (byte) sexLevel(left[x + FLAGS] & 0xFFFF, right[y + FLAGS] & 0xFFFF);
        out[Field.BIRTH_DATE.ordinal()] = (byte) dateLevel(i, j);
        out[Field.BIRTH_PLACE.ordinal()] = (byte) placeLevel(answers.of(left[x + PLACE], right[y + PLACE]));
        out[Field.IDENTIFIER.ordinal()] = (byte) identifierLevel();
        out[Field.UNIT.ordinal()] = (byte) placeLevel(answers.of(left[x + UNIT], right[y + UNIT]));
        out[Field.ADDRESS.ordinal()] = (byte) addressLevel(i, j);
    }

    /**
     * Reads the right rows and the name table's slots that pairs {@code from} to {@code to} of {@code pairs} will ask for,
     * in loops without tests, so that their cache misses overlap instead of coming one after another (docs/decisions/0186).
     * Returns a sum of what it read, for the caller to keep (the reads are not there to be used).
     */
    long warm(long[] pairs, int from, int to) {
        long sink = 0;
        for (int k = from; k < to; k++) {
            sink += right[(int) pairs[k] * ProfileColumns.STRIDE + FLAGS];
        }
        for (int k = from; k < to; k++) {
            int a = (int) (pairs[k] >>> 32) * ProfileColumns.STRIDE;
            int b = (int) pairs[k] * ProfileColumns.STRIDE;
            sink += answers.peek(left[a + SURNAME], right[b + SURNAME]) + answers.peek(left[a + GIVEN], right[b + GIVEN])
                    + answers.peek(left[a + PATRONYMIC], right[b + PATRONYMIC])
                    + answers.peek(left[a + PLACE], right[b + PLACE]) + answers.peek(left[a + UNIT], right[b + UNIT]);
        }
        return sink;
    }

    private int surnameLevel() {
        if ((surname & MISSING) != 0) {
            return 0;
        }
        if ((surname & SAME) != 0) {
            return 1;
        }
        if ((surname & CLOSE) != 0 || namesSwapped()) {
            return 2;
        }
        if ((surname & SIMILAR) != 0) {
            return 3;
        }
        return sameOrClose(surnameAsGiven()) || sameOrClose(givenAsSurname()) ? 4 : 5;
    }

    private int givenLevel() {
        if ((given & MISSING) != 0) {
            return 0;
        }
        if ((given & SAME) != 0) {
            return 1;
        }
        if ((given & EQUIVALENT) != 0) {
            return 2;
        }
        if ((given & CLOSE) != 0 || namesSwapped()) {
            return 3;
        }
        return (given & SIMILAR) != 0 ? 4 : 5;
    }

    private static int patronymicLevel(int p) {
        if ((p & MISSING) != 0) {
            return 0;
        }
        if ((p & SAME) != 0) {
            return 1;
        }
        if ((p & EQUIVALENT) != 0) {
            return 2;
        }
        if ((p & CLOSE) != 0) {
            return 3;
        }
        return (p & SIMILAR) != 0 ? 4 : 5;
    }

    /** Birth place and unit: exact (a form in common), close (similar), different. */
    private static int placeLevel(int p) {
        if ((p & MISSING) != 0) {
            return 0;
        }
        if ((p & SAME) != 0) {
            return 1;
        }
        return (p & SIMILAR) != 0 ? 2 : 3;
    }

    private static int sexLevel(int a, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a == b ? 1 : 2;
    }

    private int dateLevel(int i, int j) {
        int a = left[x + DATE];
        int b = right[y + DATE];
        if (a == DateCode.MISSING || b == DateCode.MISSING) {
            return 0;
        }
        if (a == DateCode.ODD || b == DateCode.ODD) {
            PartialDate p = columns.a.get(i).birthDate().orElseThrow();
            PartialDate q = columns.b.get(j).birthDate().orElseThrow();
            return Dates.exact(p, q) ? 1 : Dates.near(p, q) ? 2 : Dates.withinAYear(p, q) ? 3 : 4;
        }
        return DateCode.level(a, b);
    }

    private int identifierLevel() {
        if ((left[x + FLAGS] & HAS_IDENTIFIER) == 0 || (right[y + FLAGS] & HAS_IDENTIFIER) == 0) {
            return 0;
        }
        int a = left[x + IDENTIFIER];
        int b = right[y + IDENTIFIER];
        if (a == b) {
            return 1;
        }
        int[] starts = columns.identifierStarts;
        return Edits.withinOne(columns.identifierChars, starts[a], starts[a + 1] - starts[a], starts[b],
                starts[b + 1] - starts[b]) ? 2 : 3;
    }

    private int addressLevel(int i, int j) {
        if ((left[x + FLAGS] & HAS_ADDRESS) == 0 || (right[y + FLAGS] & HAS_ADDRESS) == 0) {
            return 0;
        }
        Address a = columns.a.get(i).address();
        Address b = columns.b.get(j).address();
        if (Addresses.exact(a, b)) {
            return 1;
        }
        double share = Addresses.share(a, b);
        return share >= Addresses.MOSTLY ? 2 : share >= Addresses.PARTLY ? 3 : 4;
    }

    /** As {@code ProfilePair.namesSwapped}: each name differs from its own column, and both crossings agree. */
    private boolean namesSwapped() {
        boolean surnameDiffers = (surname & (MISSING | SAME | CLOSE | SIMILAR)) == 0;
        boolean givenDiffers = (given & (MISSING | SAME | EQUIVALENT | CLOSE | SIMILAR)) == 0;
        return surnameDiffers && givenDiffers && sameOrClose(surnameAsGiven()) && sameOrClose(givenAsSurname());
    }

    private static boolean sameOrClose(int p) {
        return (p & MISSING) == 0 && (p & (SAME | CLOSE)) != 0;
    }

    private int surnameAsGiven() {
        if (surnameAsGiven < 0) {
            surnameAsGiven = answers.of(left[x + SURNAME], right[y + GIVEN]);
        }
        return surnameAsGiven;
    }

    private int givenAsSurname() {
        if (givenAsSurname < 0) {
            givenAsSurname = answers.of(left[x + GIVEN], right[y + SURNAME]);
        }
        return givenAsSurname;
    }
}
