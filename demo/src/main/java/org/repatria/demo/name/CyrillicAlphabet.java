package org.repatria.demo.name;

import java.util.Comparator;

/** The Cyrillic letters of Ukrainian and Russian in dictionary order, so lists sort as a reader expects (Є after Е). */
public final class CyrillicAlphabet {
    /** Lower-case letters of both alphabets, merged in dictionary order. */
    static final String LETTERS = "абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя";

    /** Compares Cyrillic text letter by letter in {@link #LETTERS} order; other characters sort before letters by code. */
    public static final Comparator<String> ORDER = CyrillicAlphabet::compare;

    private CyrillicAlphabet() {
    }

    private static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(rank(a.charAt(i)), rank(b.charAt(i)));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int rank(char c) {
        int at = LETTERS.indexOf(Character.toLowerCase(c));
        return at < 0 ? c - 0x10000 : at * 2 + (Character.isUpperCase(c) ? 0 : 1);
    }
}
