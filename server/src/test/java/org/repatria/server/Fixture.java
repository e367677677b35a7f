package org.repatria.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
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
import org.repatria.store.Store;

/**
 * A small world for server tests: a mediator, parties A (ua) and B (ru), an observer, one account
 * per role, and three lists: A's prisoners (unrelayed), A's remains (relayed to B and the observer),
 * and B's prisoners (unrelayed).
 */
public final class Fixture implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery";
    public static final PartyId A = new PartyId("ua");
    public static final PartyId B = new PartyId("ru");
    public static final PartyId MEDIATOR = new PartyId("tr");
    public static final PartyId OBSERVER = new PartyId("icrc");
    public static final Instant T0 = Instant.parse("2025-06-02T09:00:00Z");
    private static final String[] SURNAMES = {"Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Мельник", "Кравченко", "Олійник"};
    private static final String[] GIVEN = {"Олександр", "Іван", "Микола", "Андрій", "Сергій"};

    public final Store store;
    public final ListId aPrisoners;
    public final ListId aRemains;
    public final ListId bPrisoners;

    public Fixture(Path dir, int aRows) {
        store = Store.embedded(dir);
        store.parties().add(new Party(A, "Україна", PartyKind.BELLIGERENT));
        store.parties().add(new Party(B, "Россия", PartyKind.BELLIGERENT));
        store.parties().add(new Party(MEDIATOR, "Türkiye", PartyKind.MEDIATOR));
        store.parties().add(new Party(OBSERVER, "ICRC", PartyKind.OBSERVER));
        for (var who : Who.values()) {
            if (who != Who.ANONYMOUS) {
                Seeding.addAccount(store, who.account(), PASSWORD.toCharArray());
            }
        }
        aPrisoners = add(A, "Військовополонені, травень", Category.POW, aRows, T0);
        aRemains = add(A, "Тіла загиблих, партія 1", Category.REMAINS, 12, T0.plusSeconds(60));
        bPrisoners = add(B, "Военнопленные, июнь", Category.POW, 20, T0.plusSeconds(120));
        store.lists().relay(aRemains, B, T0.plusSeconds(180));
        store.lists().relay(aRemains, OBSERVER, T0.plusSeconds(181));
    }

    /** The callers an authorization test plays, with their accounts. */
    public enum Who {
        ANONYMOUS(null, null),
        MEDIATOR_DESK(MEDIATOR, Role.MEDIATOR),
        A_DESK(A, Role.PARTY_DESK),
        B_DESK(B, Role.PARTY_DESK),
        A_IDENTIFICATION(A, Role.IDENTIFICATION),
        OBSERVER_DESK(OBSERVER, Role.OBSERVER);

        private final PartyId party;
        private final Role role;

        Who(PartyId party, Role role) {
            this.party = party;
            this.role = role;
        }

        public String username() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public Account account() {
            return new Account(username(), "Desk " + username(), party, role);
        }
    }

    private ListId add(PartyId author, String title, Category category, int rows, Instant at) {
        ListId id = new ListId(UUID.nameUUIDFromBytes((author + title).getBytes(StandardCharsets.UTF_8)));
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String surname = SURNAMES[i % SURNAMES.length];
            String given = GIVEN[(i / SURNAMES.length) % GIVEN.length];
            people.add(new Person(String.valueOf(i + 1), new PersonName(surname, given, ""), new PersonName("", "", ""),
                    Sex.MALE, PartialDate.parseIso(String.valueOf(1970 + i % 35)), "", "MI-" + (100000 + i), "soldier",
                    "unit " + (i % 9), category));
        }
        store.lists().add(new PersonList(new ListHeader(id, author, ListPurpose.HOLDING, category, title, at, rows), people));
        return id;
    }

    @Override
    public void close() {
        store.close();
    }
}
