package org.repatria.lists.latin;

import java.util.Locale;
import java.util.Optional;
import org.repatria.core.person.PersonName;

/** The language a Cyrillic name is written in; decides the transliteration scheme. */
public enum Language {
    UKRAINIAN, RUSSIAN;

    /**
     * The language a person's name is in (failing that, their birthplace's): by its letters, else by endings only one language writes — a given
     * name in -ей or -ий (Алексей, Юрий; Ukrainian writes Олексій, Юрій), a patronymic in -евич, -овна
     * or -евна (Игоревич, Ивановна; Ukrainian writes Ігорович, Іванівна).
     */
    public static Optional<Language> of(PersonName name, String birthPlace) {
        Optional<Language> byName = of(name);
        return byName.isPresent() ? byName : evidentIn(birthPlace);
    }

    /** As {@link #of(PersonName, String)}, from the name alone. */
    public static Optional<Language> of(PersonName name) {
        Optional<Language> byLetters = evidentIn(name.full());
        if (byLetters.isPresent()) {
            return byLetters;
        }
        String given = name.givenName().toLowerCase(Locale.ROOT);
        String patronymic = name.patronymic().toLowerCase(Locale.ROOT);
        if (given.endsWith("ей") || given.endsWith("ий") || patronymic.endsWith("евич") || patronymic.endsWith("овна")
                || patronymic.endsWith("евна")) {
            return Optional.of(RUSSIAN);
        }
        return Optional.empty();
    }

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
