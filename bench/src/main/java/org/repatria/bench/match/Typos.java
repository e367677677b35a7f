package org.repatria.bench.match;

import java.util.SplittableRandom;

/** One slip of the pen: a letter dropped, doubled, swapped with its neighbour or replaced by a neighbour's. */
final class Typos {
    private Typos() {
    }

    static String slip(String word, SplittableRandom rng) {
        if (word.length() < 3) {
            return word;
        }
        int i = 1 + rng.nextInt(word.length() - 2);
        StringBuilder b = new StringBuilder(word);
        switch (rng.nextInt(4)) {
            case 0 -> b.deleteCharAt(i);
            case 1 -> b.insert(i, word.charAt(i));
            case 2 -> {
                b.setCharAt(i, word.charAt(i + 1));
                b.setCharAt(i + 1, word.charAt(i));
            }
            default -> b.setCharAt(i, word.charAt(i - 1));
        }
        return b.toString();
    }
}
