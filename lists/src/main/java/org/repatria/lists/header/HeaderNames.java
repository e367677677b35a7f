package org.repatria.lists.header;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repatria.lists.field.Field;

/** The built-in header names of {@code header-names.txt}, by {@link HeaderKey}. */
final class HeaderNames {
    private static final HeaderNames BUILT_IN = load();

    private static final String DERIVED = "derived";

    private final Map<String, Field> byKey;
    private final Set<String> derived;

    private HeaderNames(Map<String, Field> byKey, Set<String> derived) {
        this.byKey = Map.copyOf(byKey);
        this.derived = Set.copyOf(derived);
    }

    static HeaderNames builtIn() {
        return BUILT_IN;
    }

    Optional<Field> field(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Whether the key names a column an export derives from others (a Latin transliteration). */
    boolean isDerived(String key) {
        return derived.contains(key);
    }

    private static HeaderNames load() {
        Map<String, Field> byKey = new HashMap<>();
        Set<String> derived = new HashSet<>();
        try (InputStream in = HeaderNames.class.getResourceAsStream("header-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("header-names.txt is missing from the jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String canonical = line.substring(0, colon).strip();
                if (canonical.equals(DERIVED)) {
                    for (String name : line.substring(colon + 1).split("\\|")) {
                        derived.add(HeaderKey.of(name));
                    }
                    continue;
                }
                Field field = Field.byCanonical(canonical).orElseThrow(
                        () -> new IllegalStateException("header-names.txt names an unknown field: " + canonical));
                byKey.put(HeaderKey.of(canonical), field);
                for (String name : line.substring(colon + 1).split("\\|")) {
                    Field earlier = byKey.put(HeaderKey.of(name), field);
                    if (earlier != null && earlier != field) {
                        throw new IllegalStateException("header-names.txt gives '" + name + "' to two fields");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read header-names.txt", e);
        }
        return new HeaderNames(byKey, derived);
    }
}
