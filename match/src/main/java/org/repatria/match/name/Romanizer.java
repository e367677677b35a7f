package org.repatria.match.name;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a lower-case name in plain ASCII Latin in every romanisation the other side may have used: BGN/PCGN for
 * Ukrainian and Russian (ICU), and the Ukrainian passport scheme of 2010 (our own ICU rules; ICU has none).
 * Any-Latin is not used: it folds ч/ш/щ into c/s and loses what matching needs.
 */
final class Romanizer {
    private static final Transliterator UKRAINIAN_BGN = Transliterator.getInstance("Ukrainian-Latin/BGN; Latin-ASCII");
    private static final Transliterator RUSSIAN_BGN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Transliterator PASSPORT = Transliterator.createFromRules("uk-Latn-passport2010",
            PassportRules.RULES, Transliterator.FORWARD);

    private Romanizer() {
    }

    /** Every romanisation of {@code lowerCaseName} (letters and digits only, words joined), most likely first. */
    static List<String> forms(String lowerCaseName, Script script) {
        Set<String> forms = new LinkedHashSet<>();
        switch (script) {
            case UKRAINIAN -> {
                forms.add(ascii(run(PASSPORT, lowerCaseName)));
                forms.add(ascii(run(UKRAINIAN_BGN, lowerCaseName)));
            }
            case RUSSIAN -> forms.add(ascii(run(RUSSIAN_BGN, lowerCaseName)));
            case CYRILLIC -> {
                forms.add(ascii(run(PASSPORT, lowerCaseName)));
                forms.add(ascii(run(UKRAINIAN_BGN, lowerCaseName)));
                forms.add(ascii(run(RUSSIAN_BGN, lowerCaseName)));
            }
            case LATIN -> forms.add(ascii(run(LATIN_ASCII, lowerCaseName)));
        }
        forms.remove("");
        return List.copyOf(forms);
    }

    // ICU transliterators are not documented as safe for concurrent use; names are cached, so the lock is rare.
    private static String run(Transliterator t, String s) {
        synchronized (t) {
            return t.transliterate(s);
        }
    }

    private static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + 32));
            }
        }
        return b.toString();
    }
}
