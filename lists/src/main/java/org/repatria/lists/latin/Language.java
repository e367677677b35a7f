package org.repatria.lists.latin;

import java.util.Optional;

/** The language a Cyrillic name is written in; decides the transliteration scheme. */
public enum Language {
    UKRAINIAN, RUSSIAN;

    /** The language the first of {@code texts} whose letters tell (і ї є ґ, or ы э ъ ё) is in. */
    public static Optional<Language> evidentIn(String... texts) {
        for (String text : texts) {
            Optional<Language> language = evidentIn(text);
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }

    /** The language most of the evidence shows (Ukrainian on a tie); empty when there is no evidence. */
    public static Optional<Language> usual(java.util.stream.Stream<Optional<Language>> evidence) {
        long[] count = new long[2];
        evidence.forEach(l -> l.ifPresent(language -> count[language.ordinal()]++));
        if (count[0] + count[1] == 0) {
            return Optional.empty();
        }
        return Optional.of(count[RUSSIAN.ordinal()] > count[UKRAINIAN.ordinal()] ? RUSSIAN : UKRAINIAN);
    }

    /** The language {@code text} must be in by its letters (і ї є ґ, or ы э ъ ё), if they tell. */
    public static Optional<Language> evidentIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ' -> {
                    return Optional.of(UKRAINIAN);
                }
                case 'ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё' -> {
                    return Optional.of(RUSSIAN);
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }
}
