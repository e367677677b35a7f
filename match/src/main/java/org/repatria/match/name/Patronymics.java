package org.repatria.match.name;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Regular patronymics of a father's given name, in Ukrainian or Russian, male and female (irregular ones come from
 * patronymic-exceptions.txt). Russian names in -ий give both -ьевич and -иевич, as both are written.
 */
final class Patronymics {
    private Patronymics() {
    }

    /** Male patronymics of {@code father} (lower case) in Ukrainian. */
    static Set<String> ukrainian(String father, boolean male) {
        Set<String> out = new LinkedHashSet<>();
        String stem = father.substring(0, father.length() - 1);
        char last = father.charAt(father.length() - 1);
        switch (last) {
            case 'й' -> out.add(male ? stem + "йович" : stem + "ївна");
            case 'о', 'а', 'я' -> out.add(male ? stem + "ович" : stem + "івна");
            case 'ь' -> out.add(male ? father + "ович" : stem + "івна");
            default -> out.add(male ? father + "ович" : father + "івна");
        }
        return out;
    }

    /** Patronymics of {@code father} (lower case) in Russian. */
    static Set<String> russian(String father, boolean male) {
        Set<String> out = new LinkedHashSet<>();
        String f = father.replace('ё', 'е');
        String stem = f.substring(0, f.length() - 1);
        String man = male ? "вич" : "вна";
        if (f.endsWith("ий")) {
            String root = f.substring(0, f.length() - 2);
            out.add(root + "ье" + man);
            out.add(root + "ие" + man);
        } else if (f.endsWith("ей") || f.endsWith("ай") || f.endsWith("ой")) {
            out.add(stem + "е" + man);
        } else if (f.endsWith("ь")) {
            out.add(stem + "е" + man);
        } else if (f.endsWith("а") || f.endsWith("я") || f.endsWith("о")) {
            out.add(stem + "о" + man);
        } else {
            out.add(f + "о" + man);
        }
        return out;
    }
}
