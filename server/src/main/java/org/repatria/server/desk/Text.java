package org.repatria.server.desk;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** The desk's words in one language, from {@code i18n/messages_<lang>.properties} (UTF-8). */
final class Text {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private final ResourceBundle bundle;
    private final Locale locale;

    Text(Language language) {
        this.locale = language.locale();
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
