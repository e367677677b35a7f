package org.repatria.lists.check;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The problem messages, from the resource bundles {@code org.repatria.lists.check.messages[_uk|_ru]}. */
final class Messages {
    private static final String BUNDLE = "org.repatria.lists.check.messages";
    /** Only the three bundles: the JVM's default locale must not pick a fallback. */
    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    static String text(Locale locale, String code, List<String> args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, CONTROL);
        String pattern;
        try {
            pattern = bundle.getString(code);
        } catch (MissingResourceException e) {
            pattern = code + " {0} {1} {2}";
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args.toArray()).strip();
    }
}
