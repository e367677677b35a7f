package org.repatria.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;

/** Builders for the people, parties and lists the store tests use. */
public final class People {
    public static final PartyId UA = new PartyId("ua");
    public static final PartyId RU = new PartyId("ru");
    public static final PartyId ICRC = new PartyId("icrc");
    public static final Instant T0 = Instant.parse("2025-06-02T10:15:30.123456789Z");

    private People() {
    }

    public static void addParties(Store store) {
        store.parties().add(new Party(UA, "Україна", PartyKind.BELLIGERENT));
        store.parties().add(new Party(RU, "Россия", PartyKind.BELLIGERENT));
        store.parties().add(new Party(ICRC, "ICRC", PartyKind.MEDIATOR));
    }

    /** A POW with the given names (no Latin form), born on {@code birth} (ISO or ""). */
    public static Person pow(String rowId, String surname, String givenName, String birth, String militaryId, String unit) {
        return new Person(rowId, new PersonName(surname, givenName, ""), new PersonName("", "", ""),
                Sex.MALE, PartialDate.parseIso(birth), "", militaryId, "", unit, Category.POW);
    }

    public static PersonList list(PartyId author, Instant created, Person... rows) {
        return list(author, created, Arrays.asList(rows));
    }

    public static PersonList list(PartyId author, Instant created, List<Person> rows) {
        ListHeader header = new ListHeader(new ListId(UUID.nameUUIDFromBytes((author + "/" + created).getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                author, ListPurpose.HOLDING, Category.POW, "list of " + author + " at " + created, created, rows.size());
        return new PersonList(header, rows);
    }
}
