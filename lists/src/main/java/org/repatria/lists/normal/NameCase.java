package org.repatria.lists.normal;

import java.util.Locale;

/**
 * Name case: a name part typed all in capitals or all in small letters gets a capital first letter
 * ({@code ІВАНЕНКО} → {@code Іваненко}, {@code д'яченко} → {@code Д'яченко}); mixed case is left as written.
 * Each hyphen- or space-separated part is treated on its own ({@code ПЕТРЕНКО-ІВАНЕНКО}).
 */
public final class NameCase {
    private NameCase() {
    }

    /** {@code name} in name case. */
    public static String of(String name) {
        StringBuilder out = new StringBuilder(name.length());
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == ' ' || name.charAt(i) == '-') {
                out.append(part(name.substring(start, i)));
                if (i < name.length()) {
                    out.append(name.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static String part(String part) {
        if (part.isEmpty()) {
            return part;
        }
        String upper = part.toUpperCase(Locale.ROOT);
        String lower = part.toLowerCase(Locale.ROOT);
        boolean allUpper = part.equals(upper);
        boolean allLower = part.equals(lower);
        if (allUpper == allLower) { // mixed case as written, or no cased letter at all
            return part;
        }
        int first = part.codePointAt(0);
        int width = Character.charCount(first);
        return new StringBuilder(part.length()).appendCodePoint(Character.toTitleCase(first))
                .append(lower, width, lower.length()).toString();
    }
}
