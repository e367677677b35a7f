package org.repatria.lists.latin;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.repatria.core.person.PersonName;

/**
 * Writes Cyrillic text in Latin letters by a {@link Scheme} for a {@link Language}; Latin text passes
 * through unchanged. Not thread-safe (it caches results; names repeat a great deal): one per task.
 */
public final class Romanizer {
    private static final int CACHE_LIMIT = 200_000;

    private final Map<Scheme, Map<Language, Transliterator>> schemes = new EnumMap<>(Scheme.class);
    private final Map<String, String> cache = new HashMap<>();

    private Romanizer() {
        Map<Language, Transliterator> passport = new EnumMap<>(Language.class);
        passport.put(Language.UKRAINIAN, fromRules("uk-passport-2010", "uk-passport-2010.txt"));
        passport.put(Language.RUSSIAN, fromRules("ru-icao-9303", "ru-icao-9303.txt"));
        Map<Language, Transliterator> bgn = new EnumMap<>(Language.class);
        // Any-Latin after BGN catches letters BGN leaves alone (Russian-Latin/BGN keeps і, ї, є, ґ).
        bgn.put(Language.UKRAINIAN, Transliterator.getInstance("Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII"));
        bgn.put(Language.RUSSIAN, Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
        schemes.put(Scheme.PASSPORT, passport);
        schemes.put(Scheme.BGN, bgn);
    }

    /** A new romanizer with both schemes for both languages. */
    public static Romanizer create() {
        return new Romanizer();
    }

    /** {@code text} in Latin letters by {@code scheme} for {@code language}. */
    public String latin(String text, Scheme scheme, Language language) {
        if (!hasCyrillic(text)) {
            return text;
        }
        String key = scheme.ordinal() + "" + language.ordinal() + text;
        String done = cache.get(key);
        if (done == null) {
            done = schemes.get(scheme).get(language).transliterate(text);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(key, done);
            }
        }
        return done;
    }

    /** Each part of {@code name} in Latin letters by {@code scheme} for {@code language}. */
    public PersonName latin(PersonName name, Scheme scheme, Language language) {
        return new PersonName(latin(name.surname(), scheme, language), latin(name.givenName(), scheme, language),
                latin(name.patronymic(), scheme, language));
    }

    /** Whether {@code text} holds a Cyrillic letter. */
    public static boolean hasCyrillic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0400 && c <= 0x052F) {
                return true;
            }
        }
        return false;
    }

    private static Transliterator fromRules(String id, String resource) {
        try (InputStream in = Romanizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("transliteration rules missing from the jar: " + resource);
            }
            String rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Transliterator.createFromRules(id, rules, Transliterator.FORWARD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read transliteration rules " + resource, e);
        }
    }
}
