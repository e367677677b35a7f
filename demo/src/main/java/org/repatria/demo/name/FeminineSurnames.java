package org.repatria.demo.name;

import java.util.Set;
import org.repatria.core.person.Sex;
import org.repatria.demo.name.NameForms.Language;

/** Feminine forms of surnames: adjectival and possessive surnames change, the others (-ко, -ук, -их) do not. */
final class FeminineSurnames {
    /** Nouns ending in -ин (a Lithuanian, a Turk) that are surnames unchanged for women, in either language. */
    private static final Set<String> NOUNS = Set.of("Литвин", "Турчин");

    private FeminineSurnames() {
    }

    static String form(Language language, String masculine, Sex sex) {
        if (sex != Sex.FEMALE || NOUNS.contains(masculine)) {
            return masculine;
        }
        return language == Language.UKRAINIAN ? ukrainian(masculine) : russian(masculine);
    }

    private static String ukrainian(String s) {
        if (s.endsWith("ній")) {
            return cut(s, 2) + "я";
        }
        if (s.endsWith("ий")) {
            return cut(s, 2) + "а";
        }
        if (endsWithAny(s, "ов", "ев", "єв", "ьов", "ин", "ін", "їн")) {
            return s + "а";
        }
        return s;
    }

    private static String russian(String s) {
        if (endsWithAny(s, "ий", "ый", "ой")) {
            return cut(s, 2) + "ая";
        }
        if (endsWithAny(s, "ов", "ев", "ёв", "ин", "ын")) {
            return s + "а";
        }
        return s;
    }

    private static boolean endsWithAny(String s, String... endings) {
        for (String e : endings) {
            if (s.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }
}
