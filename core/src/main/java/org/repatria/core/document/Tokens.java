package org.repatria.core.document;

import java.util.Arrays;
import java.util.function.Function;

/** Looks up the constant of a closed set by the lower-case token written in canonical texts. */
final class Tokens {
    private Tokens() {
    }

    static <E extends Enum<E>> E of(E[] values, Function<E, String> token, String text, String what) {
        return Arrays.stream(values).filter(v -> token.apply(v).equals(text)).findFirst()
                .orElseThrow(() -> new DocumentFormatException("unknown " + what + " \"" + text + "\"; expected one of "
                        + Arrays.stream(values).map(token).toList()));
    }
}
