package org.repatria.bench.match;

import java.time.LocalDate;

/**
 * Who a synthetic person really is, in Ukrainian: masculine surname, given name, father's given name, sex, birth
 * date, place and unit (each place and unit with its Russian form), military id.
 */
record Identity(String surname, String givenName, String father, boolean female, LocalDate birthDate,
                String placeUk, String placeRu, String unitUk, String unitRu, String militaryId) {
}
