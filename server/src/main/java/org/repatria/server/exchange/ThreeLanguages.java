package org.repatria.server.exchange;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a document every side reads (the report), in English, Ukrainian and Russian at once, separated by
 * slashes, from the desk's {@code i18n/messages_*.properties}: one set of words for the desk and the papers.
 */
final class ThreeLanguages {
    private static final List<ResourceBundle> BUNDLES = List.of("en", "uk", "ru").stream()
            .map(tag -> ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(tag),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)))
            .toList();

    private ThreeLanguages() {
    }

    /** A code of the domain in {@code family} ({@code words.<family>.<CODE>}); a code without words stays as it is. */
    static String term(String family, String code) {
        String key = "words." + family + "." + code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return BUNDLES.getFirst().containsKey(key)
                ? String.join(" / ", BUNDLES.stream().map(b -> b.getString(key)).toList()) : code;
    }

    /** Fixed words, given in the three languages. */
    static String of(String english, String ukrainian, String russian) {
        return english + " / " + ukrainian + " / " + russian;
    }
}
