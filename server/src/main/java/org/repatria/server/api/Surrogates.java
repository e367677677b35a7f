package org.repatria.server.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Finds text that is not Unicode in a JSON body: a lone surrogate (an escaped {@code "\ud800"} without its pair),
 * which Java strings hold but UTF-8 cannot store, so it would be stored and signed as {@code ?} without a word.
 */
final class Surrogates {
    private Surrogates() {
    }

    /**
     * Whether the raw body could hold one (an escaped surrogate, {@code \\u[dD][89a-fA-F][0-9a-fA-F]{2}}), so that only
     * those bodies are walked. A scan of the bytes, not a regular expression over a copy of them: every API body passes
     * here (a batch of signed submissions is hundreds of KB; docs/decisions/0171).
     */
    static boolean maybe(byte[] body) {
        // Backslashes found by String.indexOf over a one-byte-per-char copy (a vectorised search; the copy is a
        // memcpy), then the five bytes after each checked: the same matches as a loop over every byte.
        String latin1 = new String(body, StandardCharsets.ISO_8859_1);
        for (int i = latin1.indexOf('\\'); i >= 0 && i + 5 < body.length; i = latin1.indexOf('\\', i + 1)) {
            if (body[i + 1] == 'u' && (body[i + 2] | 0x20) == 'd' && highHalf(body[i + 3]) && hex(body[i + 4])
                    && hex(body[i + 5])) {
                return true;
            }
        }
        return false;
    }

    // 8, 9, a-f or A-F: the third hex digit of U+D800..U+DFFF.
    private static boolean highHalf(byte b) {
        int lower = b | 0x20;
        return b == '8' || b == '9' || lower >= 'a' && lower <= 'f';
    }

    private static boolean hex(byte b) {
        int lower = b | 0x20;
        return b >= '0' && b <= '9' || lower >= 'a' && lower <= 'f';
    }

    /** The JSON path of the first string holding a lone surrogate, and the code unit; empty when every string is Unicode. */
    static Optional<Map.Entry<String, Character>> find(JsonNode node, String path) {
        if (node.isString()) {
            return lone(node.asString()).map(c -> Map.entry(path, c));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<Map.Entry<String, Character>> found = find(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                Optional<Map.Entry<String, Character>> found = lone(field.getKey()).map(c -> Map.entry(at, c))
                        .or(() -> find(field.getValue(), at));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Character> lone(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
