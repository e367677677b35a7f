package org.repatria.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;

/** Wraps rows into lists with ids drawn from the scenario's random stream and creation times a quarter-hour apart. */
final class ListMaker {
    private final SplittableRandom rng;
    private int made;

    ListMaker(SplittableRandom rng) {
        this.rng = rng;
    }

    PersonList make(PartyId author, ListPurpose purpose, Category category, String title, List<Person> rows) {
        return make(author, purpose, category, title, rows, Scenario.BASE.plus(Duration.ofMinutes(15L * made++)));
    }

    /** A list made later than the talks, at {@code created}. */
    PersonList make(PartyId author, ListPurpose purpose, Category category, String title, List<Person> rows, Instant created) {
        var header = new ListHeader(new ListId(uuid()), author, purpose, category, title, created, rows.size());
        return new PersonList(header, rows);
    }

    /** A version-4 (random) UUID, its random bits from the scenario's stream. */
    private UUID uuid() {
        long high = (rng.nextLong() & ~0xF000L) | 0x4000L;
        long low = (rng.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
