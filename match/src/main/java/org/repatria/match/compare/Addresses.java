package org.repatria.match.compare;

/**
 * The address levels' tests: exact (the same words and numbers), mostly the same (two thirds of the shorter one's
 * tokens found in the other), partly the same (a third), different. A word of four letters or more counts as found
 * with one slip of the pen; a number must be exact (a house number one off is another house).
 */
final class Addresses {
    static final double MOSTLY = 2.0 / 3;
    static final double PARTLY = 1.0 / 3;

    private Addresses() {
    }

    static boolean exact(Address a, Address b) {
        return a.tokens().size() == b.tokens().size() && a.tokens().containsAll(b.tokens()) && b.tokens().containsAll(a.tokens());
    }

    /** The share of the shorter address's tokens found in the longer one. */
    static double share(Address a, Address b) {
        Address shorter = a.tokens().size() <= b.tokens().size() ? a : b;
        Address longer = shorter == a ? b : a;
        int found = 0;
        for (String t : shorter.tokens()) {
            if (found(t, longer)) {
                found++;
            }
        }
        return found / (double) shorter.tokens().size();
    }

    private static boolean found(String token, Address in) {
        for (String t : in.tokens()) {
            if (t.equals(token) || (word(t) && word(token) && Math.min(t.length(), token.length()) >= 4
                    && Edits.withinOne(t, token))) {
                return true;
            }
        }
        return false;
    }

    private static boolean word(String t) {
        return !Character.isDigit(t.charAt(0));
    }
}
