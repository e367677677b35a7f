package org.repatria.server.document;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed note keys by their key string, so a key registered once is not parsed again on every signature it checks
 * (parsing decodes and checks a curve point). A key string is its own identity: a changed key is another string.
 */
final class KeyStrings<K> {
    /** Key strings kept at most; past this the cache starts afresh, so no caller can grow it without bound. */
    static final int MAX_KEYS = 4_096;
    private final Map<String, K> parsed = new ConcurrentHashMap<>();
    private final Function<String, K> parse;

    KeyStrings(Function<String, K> parse) {
        this.parse = parse;
    }

    /** The parsed key; a parse failure is thrown as {@code parse} throws it, and nothing is kept. */
    K get(String keyString) {
        K key = parsed.get(keyString);
        if (key == null) {
            key = parse.apply(keyString);
            if (parsed.size() >= MAX_KEYS) {
                parsed.clear();
            }
            parsed.put(keyString, key);
        }
        return key;
    }
}
