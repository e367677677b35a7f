package org.repatria.core.document;

import java.util.Arrays;
import java.util.function.Function;

/** Looks up the constant of a closed set by the lower-case token written in canonical texts. */
final class Tokens {
    private Tokens() {
    }

    static <E extends Enum<E>> E of(E[] values, Function<E, String> token, String text, String what) {
        for (E v : values) { // a loop, not a stream: read for every entry parsed
            if (token.apply(v).equals(text)) {
                return v;
            }
        }
        throw new DocumentFormatException("unknown " + what + " \"" + text + "\"; expected one of "
                + Arrays.stream(values).map(token).toList());
    }
}
