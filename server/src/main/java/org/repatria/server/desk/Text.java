package org.repatria.server.desk;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** The desk's words in one language, from {@code i18n/messages_<lang>.properties} (UTF-8). */
final class Text {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private final ResourceBundle bundle;
    private final Locale locale;
    private final Map<String, String> parties;

    Text(Language language) {
        this(language, Map.of());
    }

    private Text(Language language, Map<String, String> parties) {
        this.locale = language.locale();
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.parties = Map.copyOf(parties);
    }

    /** The language of these words. */
    Locale locale() {
        return locale;
    }

    /** The same words knowing the parties' names by id, for {@link #party}. */
    Text withParties(Map<String, String> names) {
        return new Text(Language.of(locale.getLanguage()).orElse(Language.EN), names);
    }

    /** A party's name as it wrote it (ids as {@code ua} never reach the reader); an unknown id stays as it is. */
    public String party(String id) {
        return parties.getOrDefault(id, id);
    }

    /** The parties' names, joined by {@code ⇄}. */
    public String parties(String first, String second) {
        return party(first) + " ⇄ " + party(second);
    }

    /**
     * A code of the domain (a state, kind, category, health class, step...) in the reader's language, from
     * {@code words.<family>.<code>} (codes compared in upper case, {@code -} as {@code _}); a code with no words stays
     * as it is, and the desk's word walk reports it.
     */
    public String term(String family, String code) {
        String key = "words." + family + "." + code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    /** Each code of {@code codes} in the reader's language, joined by commas. */
    public String terms(String family, List<String> codes) {
        return String.join(", ", codes.stream().map(c -> term(family, c)).toList());
    }

    /** The message under {@code key}; a missing key is a bug that the bundle test catches. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' for " + locale + "; add it to every messages_*.properties", e);
        }
    }

    /** The message under {@code key}, when the bundle has one (for keys built from data, such as refusal codes). */
    public Optional<String> find(String key) {
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /** The message under {@code key} with {0}, {1}... filled in (numbers in the language's format). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** The message for an enum constant: {@code prefix.NAME}. */
    public String of(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name());
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public String when(Instant t) {
        return WHEN.format(t);
    }
}
