package org.repatria.match.trace;

import java.util.Objects;

/**
 * A child as one record gives them, every field as written ("" when missing), in Ukrainian or Russian Cyrillic or any
 * Latin romanisation. For a case, {@code since} is the date of removal and the parents' fields are as the family
 * gives them; for a candidate (an answer, a list row), {@code since} is the date the child was placed or registered
 * and the parents' fields are often empty. Dates as YYYY-MM-DD, DD.MM.YYYY, YYYYMMDD or YYYY; sex as M/F, Ч/Ж.
 */
public record ChildRecord(String id, String surname, String givenName, String patronymic, String sex,
                          String birthDate, String birthPlace, String fatherGivenName, String motherGivenName,
                          String motherSurname, String since) {
    /** The longest value a field may have: records come from the other side's files. */
    public static final int MAX_FIELD = 200;

    public ChildRecord {
        for (String[] f : new String[][] {{"id", id}, {"surname", surname}, {"givenName", givenName},
                {"patronymic", patronymic}, {"sex", sex}, {"birthDate", birthDate}, {"birthPlace", birthPlace},
                {"fatherGivenName", fatherGivenName}, {"motherGivenName", motherGivenName},
                {"motherSurname", motherSurname}, {"since", since}}) {
            Objects.requireNonNull(f[1], f[0] + " (use \"\" when missing)");
            if (f[1].length() > MAX_FIELD) {
                throw new IllegalArgumentException(f[0] + " of record " + id + " is longer than " + MAX_FIELD
                        + " characters; shorten it");
            }
        }
    }
}
