package org.repatria.lists.normal;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds words that mix Cyrillic and Latin letters and repairs those whose stray letters have a
 * look-alike in the word's main script (Latin {@code i a o e c p x} typed inside a Cyrillic word, and
 * the reverse). A word is a run of letters, combining marks and apostrophes.
 */
public final class Scripts {
    private static final String LATIN = "aceiopxykABCEHIKMOPTXYïÏ";
    private static final String CYRILLIC = "асеіорхукАВСЕНІКМОРТХУїЇ";

    private Scripts() {
    }

    /** {@code text} with every repairable mixed word repaired, and the words repaired or left mixed. */
    public static CleanedText repair(String original, String text) {
        if (isPlain(text)) {
            return new CleanedText(original, text, List.of(), List.of());
        }
        List<String> repaired = new ArrayList<>();
        List<String> unrepaired = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            if (end == i) {
                out.append(text.charAt(i++));
                continue;
            }
            String word = text.substring(i, end);
            String fixed = repairWord(word);
            if (fixed == null) {
                unrepaired.add(word);
                out.append(word);
            } else {
                if (!fixed.equals(word)) {
                    repaired.add(word);
                }
                out.append(fixed);
            }
            i = end;
        }
        return new CleanedText(original, out.toString(), repaired, unrepaired);
    }

    /** The word in one script, itself if it already is, or null when a stray letter has no look-alike. */
    static String repairWord(String word) {
        int cyrillic = 0;
        int latin = 0;
        for (int k = 0; k < word.length(); k++) {
            int script = UScript.getScript(word.charAt(k));
            if (script == UScript.CYRILLIC) {
                cyrillic++;
            } else if (script == UScript.LATIN) {
                latin++;
            }
        }
        if (cyrillic == 0 || latin == 0) {
            return word;
        }
        boolean toCyrillic = cyrillic >= latin;
        String from = toCyrillic ? LATIN : CYRILLIC;
        String to = toCyrillic ? CYRILLIC : LATIN;
        int stray = toCyrillic ? UScript.LATIN : UScript.CYRILLIC;
        StringBuilder out = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (UScript.getScript(c) == stray) {
                int at = from.indexOf(c);
                if (at < 0) {
                    return null;
                }
                c = to.charAt(at);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Fast path: text with no Cyrillic or no Latin letter at all cannot hold a mixed word. */
    private static boolean isPlain(String text) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= 0x0400 && c <= 0x04FF) {
                cyrillic = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x80 && UScript.getScript(c) == UScript.LATIN)) {
                latin = true;
            }
        }
        return !(cyrillic && latin);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || c == '\'' || c == '’' || c == 'ʼ' || c == '`';
    }
}
