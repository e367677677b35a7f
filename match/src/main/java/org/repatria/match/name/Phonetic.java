package org.repatria.match.name;

/**
 * A sound key of a romanised name that survives the usual differences between romanisations: kh/h/g, ch/cz/tch,
 * sh/sz/sch/shch, zh, ts/tz, x/ks, w/v, ph/f, c/ts (as Slavic romanisations use it), q/k, and all vowels and y/i/j (only a leading vowel is kept, as "a",
 * so Oleksandr and Aleksandr share a key); doubled consonants collapse; soft signs are already gone.
 */
final class Phonetic {
    private Phonetic() {
    }

    /** The key of an ASCII lower-case form. */
    static String key(String form) {
        String s = form.replace("szcz", "5").replace("shch", "5").replace("sch", "5").replace("sh", "5").replace("sz", "5")
                .replace("tch", "4").replace("ch", "4").replace("cz", "4").replace("zh", "6")
                .replace("kh", "h").replace("ts", "7").replace("tz", "7").replace("ph", "f")
                .replace("x", "ks").replace("ck", "k");
        StringBuilder b = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = map(s.charAt(i));
            if (c == 'a') {
                if (i == 0) {
                    b.append('a');
                }
                last = 0;
                continue;
            }
            if (c != last) {
                b.append(c);
            }
            last = c;
        }
        return b.toString();
    }

    private static char map(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'j' -> 'a';
            case 'g' -> 'h';
            case 'c' -> '7';
            case 'q' -> 'k';
            case 'w' -> 'v';
            default -> c;
        };
    }
}
