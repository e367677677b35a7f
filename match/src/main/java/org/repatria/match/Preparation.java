package org.repatria.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    List<Profile> profiles(List<PersonRecord> records) {
        return records.parallelStream().map(this::profile).toList();
    }

    /** One record as a comparable profile. */
    public Profile profile(PersonRecord r) {
        return new Profile(names.plain(r.surname()), names.given(r.givenName()), names.patronymic(r.patronymic()),
                Profile.sexOf(r.sex()), PartialDate.parse(r.birthDate()), names.place(r.birthPlace()), identifier(r.militaryId()),
                names.plain(unit(r.unit())), address(r.address()));
    }

    /** Each word and number romanised (its first form), lower case; punctuation and one-letter words dropped. */
    Address address(String raw) {
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
