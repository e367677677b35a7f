package org.repatria.match.compare;

/**
 * Address levels: exact (the same words and numbers), mostly the same (two thirds of the shorter one's tokens found in
 * the other), partly the same (a third), different. A word of four letters or more counts as found with one slip of
 * the pen; a number must be exact (a house number one off is another house).
 */
final class Addresses {
    private Addresses() {
    }

    static int level(Address a, Address b) {
        if (a.missing() || b.missing()) {
            return 0;
        }
        if (a.tokens().size() == b.tokens().size() && a.tokens().containsAll(b.tokens()) && b.tokens().containsAll(a.tokens())) {
            return 1;
        }
        Address shorter = a.tokens().size() <= b.tokens().size() ? a : b;
        Address longer = shorter == a ? b : a;
        int found = 0;
        for (String t : shorter.tokens()) {
            if (found(t, longer)) {
                found++;
            }
        }
        double share = found / (double) shorter.tokens().size();
        return share >= 2.0 / 3 ? 2 : share >= 1.0 / 3 ? 3 : 4;
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
