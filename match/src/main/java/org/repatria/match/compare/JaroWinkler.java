package org.repatria.match.compare;

/** Jaro–Winkler similarity (prefix scale 0.1, up to 4 characters), the usual string measure for names. */
final class JaroWinkler {
    private JaroWinkler() {
    }

    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        if (la > Long.SIZE || lb > Long.SIZE) {
            return longNames(a, b);
        }
        // Which characters matched, as bits (names are short): no arrays per call, the same matches and order.
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long ma = 0;
        long mb = 0;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            for (int j = Math.max(0, i - window), end = Math.min(lb, i + window + 1); j < end; j++) {
                if ((mb & (1L << j)) == 0 && c == b.charAt(j)) {
                    ma |= 1L << i;
                    mb |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int t = 0;
        long unread = mb;
        for (int i = 0; i < la; i++) {
            if ((ma & (1L << i)) != 0) {
                int j = Long.numberOfTrailingZeros(unread);
                unread &= unread - 1;
                if (a.charAt(i) != b.charAt(j)) {
                    t++;
                }
            }
        }
        return winkler(a, b, matches, t);
    }

    /** As {@link #similarity} for strings longer than 64 characters (flags in arrays). */
    private static double longNames(String a, String b) {
        int la = a.length();
        int lb = b.length();
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] ma = new boolean[la];
        boolean[] mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            for (int j = Math.max(0, i - window), end = Math.min(lb, i + window + 1); j < end; j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int t = 0;
        for (int i = 0, j = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    t++;
                }
                j++;
            }
        }
        return winkler(a, b, matches, t);
    }

    private static double winkler(String a, String b, int matches, int t) {
        int la = a.length();
        int lb = b.length();
        double m = matches;
        double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(la, lb)) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /**
     * As {@link #similarity(String, String)} for the {@code la} characters at {@code a} and the {@code lb} at {@code b}
     * of {@code s} (a {@link FormArena}'s), to the same bits.
     */
    static double similarity(char[] s, int a, int la, int b, int lb) {
        if (la == lb && java.util.Arrays.equals(s, a, a + la, s, b, b + lb)) {
            return 1.0;
        }
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        if (la > Long.SIZE || lb > Long.SIZE) {
            return longNames(new String(s, a, la), new String(s, b, lb));
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long ma = 0;
        long mb = 0;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = s[a + i];
            for (int j = Math.max(0, i - window), end = Math.min(lb, i + window + 1); j < end; j++) {
                if ((mb & (1L << j)) == 0 && c == s[b + j]) {
                    ma |= 1L << i;
                    mb |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int t = 0;
        long unread = mb;
        for (int i = 0; i < la; i++) {
            if ((ma & (1L << i)) != 0) {
                int j = Long.numberOfTrailingZeros(unread);
                unread &= unread - 1;
                if (s[a + i] != s[b + j]) {
                    t++;
                }
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(la, lb)) && s[a + prefix] == s[b + prefix]) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
