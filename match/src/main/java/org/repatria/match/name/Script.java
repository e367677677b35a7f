package org.repatria.match.name;

/** The writing system and, for Cyrillic, the language a name is written in, judged from its letters. */
public enum Script {
    /** Cyrillic with a letter only Ukrainian uses (і ї є ґ). */
    UKRAINIAN,
    /** Cyrillic with a letter only Russian uses (ы э ъ ё). */
    RUSSIAN,
    /** Cyrillic that could be either language. */
    CYRILLIC,
    /** Latin letters (any romanisation). */
    LATIN;

    /** The script of {@code lowerCaseName}; names with both Ukrainian-only and Russian-only letters count as Ukrainian. */
    public static Script of(String lowerCaseName) {
        boolean cyrillic = false;
        boolean russian = false;
        for (int i = 0; i < lowerCaseName.length(); i++) {
            char c = lowerCaseName.charAt(i);
            switch (c) {
                case 'і', 'ї', 'є', 'ґ' -> {
                    return UKRAINIAN;
                }
                case 'ы', 'э', 'ъ', 'ё' -> russian = true;
                default -> cyrillic |= Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
            }
        }
        if (russian) {
            return RUSSIAN;
        }
        return cyrillic ? CYRILLIC : LATIN;
    }
}
