package org.repatria.match.compare;

/** Edit distance at its smallest useful resolution: whether two strings are at most one typing slip apart. */
final class Edits {
    private Edits() {
    }

    /**
     * Whether {@code a} becomes {@code b} by at most one edit: one character replaced, inserted or deleted, or two
     * adjacent characters swapped (Damerau–Levenshtein distance ≤ 1).
     */
    static boolean withinOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la != lb) {
            // The longer one has one extra character at i.
            String longer = la > lb ? a : b;
            String shorter = la > lb ? b : a;
            return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
        }
        if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
            return true;
        }
        return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, la - i - 2);
    }

    /** As {@link #withinOne(String, String)} for the {@code la} characters at {@code a} and the {@code lb} at {@code b} of {@code s}. */
    static boolean withinOne(char[] s, int a, int la, int b, int lb) {
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && s[a + i] == s[b + i]) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la != lb) {
            int longer = la > lb ? a : b;
            int shorter = la > lb ? b : a;
            int rest = Math.min(la, lb) - i;
            return same(s, longer + i + 1, shorter + i, rest);
        }
        if (same(s, a + i + 1, b + i + 1, la - i - 1)) {
            return true;
        }
        return i + 1 < la && s[a + i] == s[b + i + 1] && s[a + i + 1] == s[b + i]
                && same(s, a + i + 2, b + i + 2, la - i - 2);
    }

    private static boolean same(char[] s, int x, int y, int length) {
        return java.util.Arrays.equals(s, x, x + length, s, y, y + length);
    }
}
