package org.repatria.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.repatria.match.compare.Address;
import org.repatria.match.compare.PartialDate;
import org.repatria.match.compare.Profile;
import org.repatria.match.name.Name;
import org.repatria.match.name.Names;

/** Turns list records into comparable profiles (names romanised once per distinct spelling). */
public final class Preparation {
    private static final Pattern ADDRESS_SEPARATORS = Pattern.compile("[\\s,;.()/\"№#-]+");
    private static final Pattern NOT_DIGITS = Pattern.compile("\\D+");
    private final Names names = new Names();

    /**
     * The records as profiles, on all cores. Fields as written repeat a lot in a list (a million rows hold a few hundred
     * thousand spellings and tens of thousands of dates), so each field's value is worked out once per distinct text
     * of this call (normalised, romanised, parsed) and looked up by that text after: the same {@link Name} objects and
     * equal dates as {@link #profile} gives, the lookups held only while the call runs (docs/decisions/0184).
     */
    List<Profile> profiles(List<PersonRecord> records) {
        Seen seen = new Seen();
        return records.parallelStream().map(r -> new Profile(seen.surnames.computeIfAbsent(r.surname(), names::plain),
                seen.given.computeIfAbsent(r.givenName(), names::given),
                seen.patronymics.computeIfAbsent(r.patronymic(), names::patronymic), Profile.sexOf(r.sex()),
                seen.dates.computeIfAbsent(r.birthDate(), PartialDate::parse),
                seen.places.computeIfAbsent(r.birthPlace(), names::place), identifier(r.militaryId()),
                seen.units.computeIfAbsent(r.unit(), u -> names.plain(unit(u))), address(r.address()))).toList();
    }

    /** One record as a comparable profile. */
    public Profile profile(PersonRecord r) {
        return new Profile(names.plain(r.surname()), names.given(r.givenName()), names.patronymic(r.patronymic()),
                Profile.sexOf(r.sex()), PartialDate.parse(r.birthDate()), names.place(r.birthPlace()), identifier(r.militaryId()),
                names.plain(unit(r.unit())), address(r.address()));
    }

    /** What one {@link #profiles} call has worked out, by each field's text as written. */
    private static final class Seen {
        final Map<String, Name> surnames = new ConcurrentHashMap<>();
        final Map<String, Name> given = new ConcurrentHashMap<>();
        final Map<String, Name> patronymics = new ConcurrentHashMap<>();
        final Map<String, Name> places = new ConcurrentHashMap<>();
        final Map<String, Name> units = new ConcurrentHashMap<>();
        final Map<String, Optional<PartialDate>> dates = new ConcurrentHashMap<>();
    }

    /** Each word and number romanised (its first form), lower case; punctuation and one-letter words dropped. */
    Address address(String raw) {
        if (raw.isEmpty()) {
            return Address.EMPTY; // what the split below gives for it, without a regular expression per row
        }
        List<String> tokens = new ArrayList<>();
        for (String word : ADDRESS_SEPARATORS.split(raw)) {
            Name n = names.plain(word);
            String t = n.missing() ? "" : n.forms().getFirst();
            if (t.length() > 1 || (!t.isEmpty() && Character.isDigit(t.charAt(0)))) {
                tokens.add(t);
            }
        }
        return new Address(tokens);
    }

    /** A unit by its number when it has one (35-а окрема бригада, 35-я отдельная бригада, 35th Brigade), else as written. */
    static String unit(String raw) {
        String digits = NOT_DIGITS.matcher(raw).replaceAll(" ").strip();
        return digits.isEmpty() ? raw : digits;
    }

    /** Lower-case Latin letters and digits; Cyrillic letters that look like Latin ones are read as those. */
    public static String identifier(String raw) {
        String cyrillic = "авекмнорстухі";
        String latin = "abekmhopctyxi";
        StringBuilder b = new StringBuilder();
        for (char c : raw.toLowerCase(Locale.ROOT).toCharArray()) {
            int k = cyrillic.indexOf(c);
            char d = k >= 0 ? latin.charAt(k) : c;
            if ((d >= 'a' && d <= 'z') || (d >= '0' && d <= '9')) {
                b.append(d);
            }
        }
        return b.toString();
    }
}
