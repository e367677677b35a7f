package org.repatria.demo.name;

import java.util.Map;
import org.repatria.core.person.Sex;
import org.repatria.demo.name.NameForms.Language;

/** The regular rules that form a patronymic from a father's given name; irregular names come as exceptions. */
final class Patronymics {
    private static final String CONSONANTS = "бвгґджзйклмнпрстфхцчшщ";

    private final Map<String, String[]> exceptions;

    /** @param exceptions key {@code lang|name} ({@code uk} or {@code ru}), value {male, female} */
    Patronymics(Map<String, String[]> exceptions) {
        this.exceptions = exceptions;
    }

    static String key(Language language, String name) {
        return (language == Language.UKRAINIAN ? "uk|" : "ru|") + name;
    }

    String of(Language language, String father, Sex sex) {
        boolean female = sex == Sex.FEMALE;
        String[] irregular = exceptions.get(key(language, father));
        if (irregular != null) {
            return female ? irregular[1] : irregular[0];
        }
        return language == Language.UKRAINIAN ? ukrainian(father, female) : russian(father, female);
    }

    private static String ukrainian(String name, boolean female) {
        String stem = name;
        if (name.endsWith("й")) {
            return female ? cut(name, 1) + "ївна" : name + "ович";
        }
        if (name.endsWith("ь")) {
            return female ? cut(name, 1) + "івна" : name + "ович";
        }
        if (name.endsWith("о") || name.endsWith("а") || name.endsWith("я")) {
            stem = cut(name, 1);
        }
        return stem + (female ? "івна" : "ович");
    }

    private static String russian(String name, boolean female) {
        if (name.endsWith("ий")) {
            String stem = cut(name, 2);
            boolean cluster = stem.length() >= 2 && isConsonant(stem.charAt(stem.length() - 1))
                    && isConsonant(stem.charAt(stem.length() - 2));
            return stem + (cluster ? "и" : "ь") + (female ? "евна" : "евич");
        }
        if (name.endsWith("й") || name.endsWith("ь")) {
            return cut(name, 1) + (female ? "евна" : "евич");
        }
        if (name.endsWith("а") || name.endsWith("я")) {
            return cut(name, 1) + (female ? "ична" : "ич");
        }
        char last = name.charAt(name.length() - 1);
        boolean hushing = "жшчщц".indexOf(last) >= 0;
        return name + (hushing ? (female ? "евна" : "евич") : (female ? "овна" : "ович"));
    }

    private static boolean isConsonant(char c) {
        return CONSONANTS.indexOf(Character.toLowerCase(c)) >= 0;
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }
}
