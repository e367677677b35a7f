package org.repatria.demo.name;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a Russian clerk writes a Ukrainian surname or a name the equivalence table lacks: the usual
 * Russian spelling where there is one (Олійник → Олейник), otherwise letter by letter (і, ї → и;
 * є → е; ґ → г; the apostrophe → ь) with Russian adjectival endings (-ський → -ский).
 */
public final class RussianSpelling {
    private static final String FILE = "/org/repatria/demo/name/uk-surnames-in-russian.txt";

    private final Map<String, String> usual = new TreeMap<>();

    private RussianSpelling() {
        for (List<String> row : DataFiles.rows(FILE, 2)) {
            usual.put(row.get(0), row.get(1));
        }
    }

    private static final class Loaded {
        static final RussianSpelling INSTANCE = new RussianSpelling();
    }

    /** A Ukrainian surname (masculine form) as a Russian list writes it. */
    public static String of(String ukrainian) {
        String known = Loaded.INSTANCE.usual.get(ukrainian);
        return known != null ? known : letterByLetter(ukrainian);
    }

    /** Any Ukrainian word letter by letter in Russian, with Russian adjectival endings. */
    public static String letterByLetter(String ukrainian) {
        String s = ukrainian;
        for (String[] ending : new String[][] {{"ський", "ский"}, {"цький", "цкий"}, {"зький", "зкий"}}) {
            if (s.endsWith(ending[0])) {
                s = s.substring(0, s.length() - ending[0].length()) + ending[1];
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(switch (c) {
                case 'і', 'ї' -> 'и';
                case 'І', 'Ї' -> 'И';
                case 'є' -> 'е';
                case 'Є' -> 'Е';
                case 'ґ' -> 'г';
                case 'Ґ' -> 'Г';
                case '\'', '’' -> 'ь';
                default -> c;
            });
        }
        return out.toString();
    }
}
