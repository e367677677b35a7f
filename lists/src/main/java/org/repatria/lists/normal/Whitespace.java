package org.repatria.lists.normal;

import com.ibm.icu.text.Normalizer2;

/** Unicode NFC, invisible characters removed, every run of white space made one space, ends trimmed. */
public final class Whitespace {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private Whitespace() {
    }

    /** The cleaned text; the empty string for blank input. Returns {@code text} itself when it is already clean. */
    public static String clean(String text) {
        String nfc = NFC.isNormalized(text) ? text : NFC.normalize(text);
        if (isClean(nfc)) {
            return nfc;
        }
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (isWhite(c)) {
                pendingSpace = true;
            } else if (!isInvisible(c)) {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isClean(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (isWhite(s.charAt(0)) || isWhite(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isInvisible(c) || (isWhite(c) && (c != ' ' || isWhite(s.charAt(i + 1))))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhite(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060'
                || (Character.isISOControl(c) && !isWhite(c));
    }
}
