package org.repatria.server.api;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Finds text that is not Unicode in a JSON body: a lone surrogate (an escaped {@code "\ud800"} without its pair),
 * which Java strings hold but UTF-8 cannot store, so it would be stored and signed as {@code ?} without a word.
 */
final class Surrogates {
    private static final Pattern ESCAPED = Pattern.compile("\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}");

    private Surrogates() {
    }

    /** Whether the raw body could hold one (an escaped surrogate), so that only those bodies are walked. */
    static boolean maybe(byte[] body) {
        return ESCAPED.matcher(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1)).find();
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
