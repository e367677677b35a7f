package org.repatria.store.list;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;

/**
 * The derived columns a row is searched and sorted by. They are computed here rather than in SQL
 * because engines disagree on lower-casing Cyrillic and on collation; computed once in Java, every
 * engine filters and sorts the same way.
 */
final class SearchSortKeys {
    /** Separates the searchable fields so that a match never spans two of them. */
    private static final char FIELD_SEPARATOR = '\u001f';
    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u02BC\u02B9\u2018\u0060\u00B4]");
    /**
     * ICU's root collation (CLDR): orders Ukrainian (г ґ, е є, и і ї й) and Russian (е ё) letters
     * correctly, unlike java.text's root collator, which puts і, ї, є, ё before а and ґ after я.
     * Frozen, so it is safe to share between threads.
     */
    private static final Collator COLLATOR = Collator.getInstance(ULocale.ROOT).freeze();

    private SearchSortKeys() {
    }

    /** The searchable fields, normalized and lower-cased, one separator between each. */
    static String searchText(Person p) {
        return Stream.of(p.name().surname(), p.name().givenName(), p.name().patronymic(),
                        p.latin().surname(), p.latin().givenName(), p.latin().patronymic(),
                        p.militaryId(), p.unit())
                .map(SearchSortKeys::fold)
                .collect(Collectors.joining(String.valueOf(FIELD_SEPARATOR)));
    }

    /** A LIKE pattern (escape character '!') matching search texts that contain {@code filter}. */
    static String likePattern(String filter) {
        String folded = fold(filter).replaceAll("\\p{Cntrl}", "");
        return "%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Sorts by surname, then given name, then patronymic, each by Unicode collation. */
    static String surnameKey(PersonName name) {
        // ' ' sorts below every hex digit, so a shorter surname sorts before a longer one it begins.
        return collationKey(name.surname()) + " " + collationKey(name.givenName()) + " " + collationKey(name.patronymic());
    }

    /** A hex string whose byte order is the Unicode (root locale) collation order of {@code text}. */
    static String collationKey(String text) {
        return HEX.formatHex(COLLATOR.getCollationKey(text).toByteArray());
    }

    /** yyyymmdd with 00 for unknown month or day; 0 when the date is unknown. */
    static int birthKey(PartialDate date) {
        return switch (date) {
            case PartialDate.Unknown u -> 0;
            case PartialDate.Year y -> y.year() * 10_000;
            case PartialDate.Month m -> m.month().getYear() * 10_000 + m.month().getMonthValue() * 100;
            case PartialDate.Day d -> d.date().getYear() * 10_000 + d.date().getMonthValue() * 100 + d.date().getDayOfMonth();
        };
    }

    /**
     * NFC, lower case, ё as е (Russian lists write either) and every apostrophe-like mark as ' (Ukrainian
     * names such as В'ячеслав come with ', ’, ʼ or ʹ depending on the keyboard or transliterator).
     */
    private static String fold(String text) {
        return APOSTROPHES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е'))
                .replaceAll("'");
    }
}
