package org.repatria.demo.name;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.repatria.core.person.Sex;

/**
 * How Ukrainian and Russian write the same given name (Олександр ↔ Александр, Ганна ↔ Анна), and the
 * name forms that follow from it: patronymics (Олександрович, Олександрівна, Александровна) and feminine
 * surnames (Иванова, Вишневська). Built from the bundled tables; the one instance is {@link #standard()}.
 */
public final class NameForms {
    /** The two languages whose name forms this table knows. */
    public enum Language { UKRAINIAN, RUSSIAN }

    private static final String DIR = "/org/repatria/demo/name/";

    private final Map<String, String> toRussian = new TreeMap<>();
    private final Map<String, String> toUkrainian = new TreeMap<>();
    private final Map<String, TreeSet<String>> classes = new TreeMap<>();
    private final Map<String, String> fatherByPatronymic = new TreeMap<>();
    private final Patronymics patronymics;

    private NameForms() {
        for (List<String> row : DataFiles.rows(DIR + "given-name-equivalents.txt", 2)) {
            String uk = row.get(0);
            String ru = row.get(1);
            toRussian.putIfAbsent(uk, ru);
            toUkrainian.putIfAbsent(ru, uk);
            TreeSet<String> merged = new TreeSet<>(classes.getOrDefault(uk, new TreeSet<>(List.of(uk))));
            merged.addAll(classes.getOrDefault(ru, new TreeSet<>(List.of(ru))));
            merged.forEach(name -> classes.put(name, merged));
        }
        Map<String, String[]> exceptions = new TreeMap<>();
        for (List<String> row : DataFiles.rows(DIR + "patronymic-exceptions.txt", 4)) {
            Language language = switch (row.get(0)) {
                case "uk" -> Language.UKRAINIAN;
                case "ru" -> Language.RUSSIAN;
                default -> throw new NameDataException("patronymic-exceptions.txt: language must be uk or ru: " + row);
            };
            exceptions.put(Patronymics.key(language, row.get(1)), new String[] {row.get(2), row.get(3)});
        }
        patronymics = new Patronymics(exceptions);
        DataFiles.rows(DIR + "uk-given-male.txt", 3).forEach(r -> indexFather(Language.UKRAINIAN, r.get(0)));
        DataFiles.rows(DIR + "ru-given-male.txt", 3).forEach(r -> indexFather(Language.RUSSIAN, r.get(0)));
        DataFiles.rows(DIR + "ru-communities.txt", 4).stream().filter(r -> r.get(1).equals("male"))
                .forEach(r -> indexFather(Language.RUSSIAN, r.get(2)));
    }

    private void indexFather(Language language, String name) {
        for (Sex sex : List.of(Sex.MALE, Sex.FEMALE)) {
            fatherByPatronymic.putIfAbsent(patronymics.of(language, name, sex), name);
        }
    }

    private static final class Standard {
        static final NameForms INSTANCE = new NameForms();
    }

    /** The table built from the bundled data files (loaded once). */
    public static NameForms standard() {
        return Standard.INSTANCE;
    }

    /** The Russian form of a Ukrainian given name (Микола → Николай), if the table knows it. */
    public Optional<String> russian(String ukrainianGivenName) {
        return Optional.ofNullable(toRussian.get(ukrainianGivenName.strip()));
    }

    /** The preferred Ukrainian form of a Russian given name (Анна → Ганна), if the table knows it. */
    public Optional<String> ukrainian(String russianGivenName) {
        return Optional.ofNullable(toUkrainian.get(russianGivenName.strip()));
    }

    /** Every spelling, in either language, of the same name, sorted; empty when the name is unknown. */
    public List<String> equivalents(String givenName) {
        return List.copyOf(classes.getOrDefault(givenName.strip(), new TreeSet<>()));
    }

    /** The patronymic for a child of {@code sex} whose father is {@code fatherGivenName}; male form unless FEMALE. */
    public String patronymic(Language language, String fatherGivenName, Sex sex) {
        String father = fatherGivenName.strip();
        if (father.isEmpty()) {
            throw new IllegalArgumentException("a patronymic needs the father's given name; got an empty one");
        }
        return patronymics.of(language, father, sex);
    }

    /** The father's given name behind a patronymic (Сергіївна → Сергій), for the names in the bundled lists. */
    public Optional<String> father(String patronymic) {
        return Optional.ofNullable(fatherByPatronymic.get(patronymic.strip()));
    }

    /** The surname as written for a person of {@code sex}: Иванов → Иванова, Білий → Біла, Шевченко unchanged. */
    public String surname(Language language, String masculineSurname, Sex sex) {
        return FeminineSurnames.form(language, masculineSurname.strip(), sex);
    }
}
