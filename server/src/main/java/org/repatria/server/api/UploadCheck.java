package org.repatria.server.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.repatria.core.account.Account;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.upload.ListUploads;

/**
 * Turns an upload into a person list, or refuses it with the first field at fault. Nothing is stored here. A text field
 * holds at most {@link Person#MAX_TEXT} characters, the limit every list import shares, and no lone surrogate (half of
 * a character, which would be stored and signed as {@code ?}).
 */
final class UploadCheck {

    private UploadCheck() {
    }

    static PersonList toList(Upload u, Account author, Instant now) {
        String title = text("title", u.title());
        if (title.isEmpty()) {
            throw HttpProblem.invalid("title", "is required");
        }
        ListPurpose purpose = choice("purpose", u.purpose(), ListPurpose.class, null);
        Category category = choice("category", u.category(), Category.class, null);
        if (u.author() != null && !author.party().value().equals(text("author", u.author()).toLowerCase(Locale.ROOT))) {
            throw HttpProblem.forbidden("author: you may only submit lists of your own party (" + author.party() + ")");
        }
        if (u.rows() == null || u.rows().isEmpty()) {
            throw HttpProblem.invalid("rows", "give at least one row");
        }
        if (u.rows().size() > ListUploads.MAX_ROWS) {
            throw HttpProblem.invalid("rows", "at most " + ListUploads.MAX_ROWS + " rows per list; split the list");
        }
        List<Person> rows = new ArrayList<>(u.rows().size());
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < u.rows().size(); i++) {
            Person p = person("rows[" + i + "].", u.rows().get(i), category);
            Integer first = ids.putIfAbsent(p.rowId(), i);
            if (first != null) {
                throw HttpProblem.invalid("rows[" + i + "].id", "repeats the id of rows[" + first + "]");
            }
            rows.add(p);
        }
        ListHeader header = new ListHeader(new ListId(UUID.randomUUID()), author.party(), purpose, category, title, now, rows.size());
        return new PersonList(header, rows);
    }

    private static Person person(String at, Upload.Row r, Category listCategory) {
        if (r == null) {
            throw HttpProblem.invalid(at.substring(0, at.length() - 1), "must be an object");
        }
        String id = text(at + "id", r.id());
        if (id.isEmpty()) {
            throw HttpProblem.invalid(at + "id", "is required");
        }
        PersonName name = new PersonName(text(at + "surname", r.surname()), text(at + "given_name", r.givenName()),
                text(at + "patronymic", r.patronymic()));
        if (name.surname().isEmpty() && name.givenName().isEmpty()) {
            throw HttpProblem.invalid(at + "surname", "give a surname or a given name");
        }
        PersonName latin = r.latin() == null ? latinOrEmpty(name) : new PersonName(text(at + "latin.surname", r.latin().surname()),
                text(at + "latin.given_name", r.latin().givenName()), text(at + "latin.patronymic", r.latin().patronymic()));
        return new Person(id, name, latin, choice(at + "sex", r.sex(), Sex.class, Sex.UNKNOWN), date(at + "birth_date", r.birthDate()),
                text(at + "birth_place", r.birthPlace()), text(at + "military_id", r.militaryId()), text(at + "rank", r.rank()),
                text(at + "unit", r.unit()), choice(at + "category", r.category(), Category.class, listCategory));
    }

    /** Without a Latin form given, a name written in Latin is its own; any other stays without one. */
    private static PersonName latinOrEmpty(PersonName name) {
        boolean latin = name.full().codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        return latin ? name : new PersonName("", "", "");
    }

    private static PartialDate date(String field, String raw) {
        try {
            return PartialDate.parseIso(text(field, raw));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw HttpProblem.invalid(field, "must be YYYY, YYYY-MM or YYYY-MM-DD (a real date), was '" + raw + "'");
        }
    }

    private static String text(String field, String raw) {
        String s = Objects.requireNonNullElse(raw, "").strip();
        if (s.length() > Person.MAX_TEXT) {
            throw HttpProblem.invalid(field, String.format(Locale.ROOT, "%,d characters, the limit is %d", s.length(),
                    Person.MAX_TEXT));
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw HttpProblem.invalid(field, "character " + (i + 1) + " is half of a character (a lone surrogate, "
                        + String.format(Locale.ROOT, "\\u%04x", (int) c) + "); send the text as written");
            }
        }
        if (s.chars().anyMatch(Character::isISOControl)) {
            throw HttpProblem.invalid(field, "must not contain control characters");
        }
        return s;
    }

    static <E extends Enum<E>> E choice(String field, String raw, Class<E> type, E fallback) {
        String s = text(field, raw);
        if (s.isEmpty() && fallback != null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw HttpProblem.invalid(field, (s.isEmpty() ? "is required; " : "") + "must be one of " + String.join(", ", names));
    }
}
