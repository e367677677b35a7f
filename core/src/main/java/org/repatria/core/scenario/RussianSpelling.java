package org.repatria.core.scenario;

/**
 * How a Russian clerk writes a Ukrainian surname or a name the equivalence table lacks: letter by
 * letter (і, ї → и; є → е; ґ → г; the apostrophe → ь) with Russian adjectival endings (-ський → -ский).
 */
final class RussianSpelling {
    private RussianSpelling() {
    }

    static String of(String ukrainian) {
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
