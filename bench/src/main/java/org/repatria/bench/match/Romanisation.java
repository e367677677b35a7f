package org.repatria.bench.match;

import java.util.Locale;
import java.util.Map;

/**
 * How clerks write Cyrillic names in Latin letters, independently of the matcher's own (ICU) romanisers: an
 * English-style scheme (Oleksandr, Sergey), a Polish/German-style one (Kowalczuk, Jurij) and a loose one
 * (Alexandr, Shevtchenko), so the benchmark does not test the matcher against its own code.
 */
enum Romanisation {
    ENGLISH(Map.ofEntries(Map.entry('г', "h"), Map.entry('х', "kh"), Map.entry('й', "y"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"), Map.entry('є', "ye"), Map.entry('ї', "yi"), Map.entry('и', "y"), Map.entry('ж', "zh"),
            Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ь', ""),
            Map.entry('ё', "yo"), Map.entry('ы', "y"), Map.entry('э', "e"), Map.entry('ъ', ""), Map.entry('в', "v"))),
    POLISH(Map.ofEntries(Map.entry('г', "h"), Map.entry('х', "ch"), Map.entry('й', "j"), Map.entry('ю', "ju"),
            Map.entry('я', "ja"), Map.entry('є', "je"), Map.entry('ї', "ji"), Map.entry('и', "y"), Map.entry('ж', "z"),
            Map.entry('ц', "c"), Map.entry('ч', "cz"), Map.entry('ш', "sz"), Map.entry('щ', "szcz"), Map.entry('ь', ""),
            Map.entry('ё', "jo"), Map.entry('ы', "y"), Map.entry('э', "e"), Map.entry('ъ', ""), Map.entry('в', "w"))),
    LOOSE(Map.ofEntries(Map.entry('г', "g"), Map.entry('х', "h"), Map.entry('й', "i"), Map.entry('ю', "iu"),
            Map.entry('я', "ia"), Map.entry('є', "e"), Map.entry('ї', "i"), Map.entry('и', "i"), Map.entry('ж', "j"),
            Map.entry('ц', "tz"), Map.entry('ч', "tch"), Map.entry('ш', "sh"), Map.entry('щ', "sch"), Map.entry('ь', "'"),
            Map.entry('ё', "e"), Map.entry('ы', "i"), Map.entry('э', "e"), Map.entry('ъ', ""), Map.entry('в', "v")));

    private static final String PLAIN_FROM = "абдезіклмнопрстуф'";
    private static final String PLAIN_TO = "abdeziklmnoprstuf\u0000";

    private final Map<Character, String> special;

    Romanisation(Map<Character, String> special) {
        this.special = special;
    }

    /** {@code cyrillic} in this scheme, each word capitalised; "кс" is written "x" in the loose scheme. */
    String write(String cyrillic) {
        String s = cyrillic.toLowerCase(Locale.ROOT);
        if (this == LOOSE) {
            s = s.replace("кс", "x");
        }
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            String latin = special.get(c);
            if (latin == null) {
                int k = PLAIN_FROM.indexOf(c);
                latin = k < 0 ? String.valueOf(c) : PLAIN_TO.charAt(k) == 0 ? "" : String.valueOf(PLAIN_TO.charAt(k));
            }
            if (start && !latin.isEmpty() && Character.isLetter(latin.charAt(0))) {
                latin = Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
                start = false;
            }
            if (c == ' ' || c == '-') {
                start = true;
            }
            b.append(latin);
        }
        return b.toString();
    }
}
