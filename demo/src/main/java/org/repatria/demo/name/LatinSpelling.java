package org.repatria.demo.name;

import java.util.Locale;
import org.repatria.demo.name.NameForms.Language;

/**
 * Writes Cyrillic in Latin letters the way the scenario's lists do: Ukrainian by the passport table
 * (Cabinet of Ministers resolution No. 55 of 2010), Russian by ICAO Doc 9303. Only for making realistic
 * input; the transliterator of record lives in module match.
 */
public final class LatinSpelling {
    private static final String LETTERS = "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя";
    /** Latin for each letter of {@link CyrillicAlphabet#LETTERS}, in the same order. */
    private static final String[] UKRAINIAN = {"a", "b", "v", "h", "g", "d", "e", "io", "ie", "zh", "z", "y", "i", "i",
        "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
        "iu", "ia"};
    private static final String[] RUSSIAN = {"a", "b", "v", "g", "g", "d", "e", "e", "e", "zh", "z", "i", "i", "i",
        "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e",
        "iu", "ia"};

    private LatinSpelling() {
    }

    /** {@code cyrillic} in Latin letters by the table of {@code language}. */
    public static String of(Language language, String cyrillic) {
        String[] table = language == Language.UKRAINIAN ? UKRAINIAN : RUSSIAN;
        StringBuilder out = new StringBuilder(cyrillic.length() + 8);
        char previous = ' ';
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            char lower = Character.toLowerCase(c);
            int at = CyrillicAlphabet.LETTERS.indexOf(lower);
            if (at < 0) {
                if (c != '\'' && c != '’') {
                    out.append(c);
                }
                previous = c;
                continue;
            }
            String latin = table[at];
            if (language == Language.UKRAINIAN) {
                latin = ukrainianSpecial(lower, Character.toLowerCase(previous), latin);
            }
            if (Character.isUpperCase(c) && !latin.isEmpty()) {
                latin = latin.substring(0, 1).toUpperCase(Locale.ROOT) + latin.substring(1);
            }
            out.append(latin);
            previous = c;
        }
        return out.toString();
    }

    /** Word-initial є, ї, й, ю, я become Ye, Yi, Y, Yu, Ya; г after з is gh (Zghurskyi). */
    private static String ukrainianSpecial(char c, char previous, String latin) {
        boolean initial = !Character.isLetter(previous) && previous != '\'' && previous != '’';
        if (initial) {
            switch (c) {
                case 'є': return "ye";
                case 'ї': return "yi";
                case 'й': return "y";
                case 'ю': return "yu";
                case 'я': return "ya";
                default: break;
            }
        }
        return c == 'г' && previous == 'з' ? "gh" : latin;
    }
}
