package org.repatria.bench.match;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Latin renderings for {@link DuplicatedLists}, written for the generator alone: the Ukrainian passport table (KMU
 * 2010, word-initial є/ї/й/ю/я as ye/yi/y/yu/ya, otherwise ie/i/i/iu/ia, зг as zgh), BGN/PCGN for Russian (е as ye at a
 * word's start or after a vowel), a Polish-style one (w, cz, sz, j, with or without ż and ł) and a loose English one
 * (x for кс, g for г, i for й).
 */
enum Scheme {
    KMU_2010, BGN_PCGN, POLISH, LOOSE_ENGLISH;

    private static final String VOWELS = "аеєиіїоуюяыэё";

    /** {@code cyrillic} in this scheme, each word capitalised; Polish diacritics are kept about half the time. */
    String write(String cyrillic, SplittableRandom rng) {
        String s = cyrillic.toLowerCase(Locale.ROOT).replace("’", "'");
        if (this == KMU_2010) {
            s = s.replace("зг", "з\u0000г");
        }
        if (this == LOOSE_ENGLISH) {
            s = s.replace("кс", "x");
        }
        boolean diacritics = this == POLISH && rng.nextBoolean();
        StringBuilder b = new StringBuilder();
        boolean start = true;
        char before = ' ';
        for (char c : s.toCharArray()) {
            if (c == '\u0000') {
                b.append('g');
                continue;
            }
            String latin = letter(c, start, VOWELS.indexOf(before) >= 0 || before == 'ь' || before == 'ъ', diacritics);
            if (start && !latin.isEmpty() && Character.isLetter(latin.charAt(0))) {
                latin = Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
                start = false;
            }
            if (c == ' ' || c == '-') {
                start = true;
            }
            before = c;
            b.append(latin);
        }
        return b.toString().replace("zgg", "zgh");
    }

    private String letter(char c, boolean initial, boolean afterVowel, boolean diacritics) {
        return switch (c) {
            case 'а' -> "a"; case 'б' -> "b"; case 'д' -> "d"; case 'з' -> "z"; case 'к' -> "k"; case 'м' -> "m";
            case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r"; case 'с' -> "s"; case 'т' -> "t";
            case 'у' -> "u"; case 'ф' -> "f"; case 'і' -> "i"; case 'ґ' -> "g"; case 'ъ', '\'' -> "";
            case 'в' -> this == POLISH ? "w" : "v";
            case 'г' -> this == KMU_2010 || this == POLISH ? "h" : "g";
            case 'е' -> this == BGN_PCGN && (initial || afterVowel) ? "ye" : "e";
            case 'ё' -> this == POLISH ? "jo" : "yo";
            case 'є' -> this == KMU_2010 ? (initial ? "ye" : "ie") : this == POLISH ? "je" : "ye";
            case 'ж' -> this == POLISH ? (diacritics ? "ż" : "z") : this == LOOSE_ENGLISH ? "j" : "zh";
            case 'и' -> this == BGN_PCGN || this == LOOSE_ENGLISH ? "i" : "y";
            case 'ї' -> this == KMU_2010 ? (initial ? "yi" : "i") : this == POLISH ? "ji" : "yi";
            case 'й' -> this == KMU_2010 ? (initial ? "y" : "i") : this == POLISH ? "j" : this == BGN_PCGN ? "y" : "i";
            case 'л' -> diacritics ? "ł" : "l";
            case 'х' -> this == POLISH ? "ch" : this == LOOSE_ENGLISH ? "h" : "kh";
            case 'ц' -> this == POLISH ? "c" : this == LOOSE_ENGLISH ? "tz" : "ts";
            case 'ч' -> this == POLISH ? "cz" : this == LOOSE_ENGLISH ? "tch" : "ch";
            case 'ш' -> this == POLISH ? "sz" : "sh";
            case 'щ' -> this == POLISH ? "szcz" : this == LOOSE_ENGLISH ? "sch" : "shch";
            case 'ь' -> this == POLISH ? "" : this == LOOSE_ENGLISH ? "'" : "";
            case 'ы' -> "y"; case 'э' -> "e";
            case 'ю' -> this == KMU_2010 ? (initial ? "yu" : "iu") : this == POLISH ? "ju" : "yu";
            case 'я' -> this == KMU_2010 ? (initial ? "ya" : "ia") : this == POLISH ? "ja" : "ya";
            default -> String.valueOf(c);
        };
    }
}
