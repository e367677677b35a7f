package org.repatria.lists.header;

import java.util.Locale;
import org.repatria.lists.normal.Scripts;
import org.repatria.lists.normal.Whitespace;

/**
 * The comparable form of a header: small letters, Latin look-alikes inside Cyrillic words repaired,
 * text in parentheses dropped, apostrophes dropped, other punctuation made a space ("Ім'я" and "ИМЯ"
 * differ only by language; "Дата нар. (дд.мм.рррр)" becomes "дата нар").
 */
final class HeaderKey {
    private HeaderKey() {
    }

    /** The key of a header cell's text; empty for a blank cell. */
    static String of(String header) {
        String text = Scripts.repair(header, Whitespace.clean(header)).value().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (Character.isLetterOrDigit(c) || c == '№')) {
                out.append(c);
            } else if (depth == 0 && !isApostrophe(c)) {
                out.append(' ');
            }
        }
        return Whitespace.clean(out.toString());
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '´';
    }
}
