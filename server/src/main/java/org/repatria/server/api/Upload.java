package org.repatria.server.api;

import java.util.List;

/** The JSON body of {@code POST /api/v1/lists}: a person list's header fields and its rows. */
record Upload(String title, String purpose, String category, String author, List<Row> rows) {

    /** One person; every field but {@code id} and a name part may be left out. */
    record Row(String id, String surname, String givenName, String patronymic, Name latin, String sex,
               String birthDate, String birthPlace, String militaryId, String rank, String unit, String category) {
    }

    /** A name in Latin script, when the list gives one beside the name as written. */
    record Name(String surname, String givenName, String patronymic) {
    }
}
