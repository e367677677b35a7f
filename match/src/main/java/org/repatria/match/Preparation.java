package org.repatria.match;

import java.util.List;
import java.util.Locale;
import org.repatria.match.compare.PartialDate;
import org.repatria.match.compare.Profile;
import org.repatria.match.name.Names;

/** Turns list records into comparable profiles (names romanised once per distinct spelling). */
final class Preparation {
    private final Names names = new Names();

    List<Profile> profiles(List<PersonRecord> records) {
        return records.parallelStream().map(this::profile).toList();
    }

    Profile profile(PersonRecord r) {
        return new Profile(names.plain(r.surname()), names.given(r.givenName()), names.patronymic(r.patronymic()),
                sex(r.sex()), PartialDate.parse(r.birthDate()), names.plain(place(r.birthPlace())), identifier(r.militaryId()),
                names.plain(r.unit()));
    }

    /** Drops the settlement-type words lists put before a place name (м. Київ, г. Киев, село, смт, пгт). */
    static String place(String raw) {
        return raw.toLowerCase(Locale.ROOT)
                .replaceAll("(^|\\s)(м|г|с|смт|пгт|сел|пос|місто|город|село|селище|посёлок|поселок)\\.?(?=\\s)", " ")
                .strip();
    }

    static char sex(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return 0;
        }
        return switch (s.charAt(0)) {
            case 'm', 'ч', 'м', '1' -> 'm';
            case 'f', 'ж', 'w', '2' -> 'f';
            default -> 0;
        };
    }

    /** Lower-case Latin letters and digits; Cyrillic letters that look like Latin ones are read as those. */
    static String identifier(String raw) {
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
