package org.repatria.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.core.request.RowStatus;
import org.repatria.server.api.ApiJson;
import tools.jackson.databind.JsonNode;

/** A dossier as the API writes it: plain values, snake_case, the names as written. */
class DossierReplyTest {
    private static final Instant AT = Instant.parse("2025-06-02T09:00:00Z");

    private static JsonNode json() {
        Person row = new Person("17", new PersonName("Коваленко", "Олександр", ""), new PersonName("Kovalenko", "Oleksandr", ""),
                Sex.MALE, PartialDate.parseIso("1990-04"), "", "MI-777", "", "", Category.POW, Details.none());
        Dossier.Source list = new Dossier.Source(new ListId(UUID.fromString("00000000-0000-0000-0000-000000000017")),
                "Військовополонені", ListPurpose.REQUEST, Category.POW, new PartyId("ua"), AT, true,
                List.of(new Dossier.Relay(new PartyId("ru"), AT)));
        Dossier.Answer answer = new Dossier.Answer(new PartyId("ru"), RowStatus.NOT_FOUND, PartialDate.unknown(), "",
                new PersonName("", "", ""), "", AT);
        Dossier.Identification identified = new Dossier.Identification(new PartyId("ua"), AT, "a-identification",
                Optional.empty());
        Dossier d = new Dossier(List.of(new Dossier.Entry(list, row, List.of(answer), List.of(), List.of(), List.of(),
                List.of(), List.of(identified))), 2);
        return ApiJson.mapper().readTree(ApiJson.mapper().writeValueAsString(DossierReply.of(d)));
    }

    @Test
    void theRowIsWrittenWithItsListAndFieldsAsWritten() {
        JsonNode row = json().get("rows").get(0);

        assertThat(row.get("list_id").asString()).isEqualTo("00000000-0000-0000-0000-000000000017");
        assertThat(row.get("fields").get("surname").asString()).isEqualTo("Коваленко");
        assertThat(row.get("fields").get("birth_date").asString()).isEqualTo("1990-04");
        assertThat(row.get("list").get("author").asString()).isEqualTo("ua");
        assertThat(row.get("list").get("relays").get(0).get("to").asString()).isEqualTo("ru");
    }

    @Test
    void answersAreWrittenWithTheirStatusToken() {
        assertThat(json().get("rows").get(0).get("answers").get(0).get("status").asString()).isEqualTo("not-found");
    }

    @Test
    void anIdentificationShownOutsideTheUnitHasNoCase() {
        assertThat(json().get("rows").get(0).get("identifications").get(0).get("case_title").asString()).isEmpty();
    }

    @Test
    void rowsLeftOffAreCounted() {
        assertThat(json().get("left_off").asInt()).isEqualTo(2);
    }
}
