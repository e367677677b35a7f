package org.repatria.demo.name;

import java.util.SplittableRandom;

/** One slip of the pen in a Cyrillic word: a letter dropped, doubled, swapped, or confused with a similar one. */
public final class Typos {
    /** Pairs a hurried or unfamiliar writer confuses: each letter in the first row may become the one below. */
    private static final String FROM = "еиіоашщгхцчтдвбнм";
    private static final String TO = "иеиаощшхгчцдтбвмн";

    private Typos() {
    }

    /** {@code word} with one slip drawn from {@code rng}; words under four letters come back unchanged. */
    public static String slip(String word, SplittableRandom rng) {
        if (word.length() < 4) {
            return word;
        }
        int at = 1 + rng.nextInt(word.length() - 2);
        char c = word.charAt(at);
        return switch (rng.nextInt(4)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + c + word.substring(at);
            case 2 -> word.substring(0, at) + word.charAt(at + 1) + c + word.substring(at + 2);
            default -> {
                int k = FROM.indexOf(c);
                yield k < 0 ? word.substring(0, at) + word.substring(at + 1)
                        : word.substring(0, at) + TO.charAt(k) + word.substring(at + 1);
            }
        };
    }
}
