package org.repatria.core.person;

import java.util.Objects;

/**
 * A person's name in parts, in one script. The patronymic is the father's-name form used in
 * Ukrainian and Russian lists; any part may be empty when the list does not give it.
 */
public record PersonName(String surname, String givenName, String patronymic) {
    public PersonName {
        surname = Objects.requireNonNullElse(surname, "").strip();
        givenName = Objects.requireNonNullElse(givenName, "").strip();
        patronymic = Objects.requireNonNullElse(patronymic, "").strip();
    }

    /** Surname, given name and patronymic separated by spaces, the empty parts left out. */
    public String full() {
        return String.join(" ", java.util.stream.Stream.of(surname, givenName, patronymic)
                .filter(s -> !s.isEmpty()).toList());
    }

    public boolean isEmpty() {
        return surname.isEmpty() && givenName.isEmpty() && patronymic.isEmpty();
    }
}
