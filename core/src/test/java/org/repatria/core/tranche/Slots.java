package org.repatria.core.tranche;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Slots the tranche tests plan over. */
final class Slots {
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 6, 9);

    private Slots() {
    }

    /** One slot a day from {@link #FIRST_DAY} with the given seats each way and no stretchers. */
    static List<Slot> seats(int... seats) {
        return IntStream.range(0, seats.length).mapToObj(i -> new Slot(FIRST_DAY.plusDays(i), "Belarus-Ukraine border",
                Capacity.people(seats[i], 0))).toList();
    }

    /** {@code days} slots of {@code wagons} refrigerated wagons holding {@code perWagon} bodies each. */
    static List<Slot> wagons(int days, int wagons, int perWagon) {
        return IntStream.range(0, days).mapToObj(i -> new Slot(FIRST_DAY.plusDays(7L * i), "Kyiv region terminal",
                Capacity.remains(wagons, perWagon))).toList();
    }
}
