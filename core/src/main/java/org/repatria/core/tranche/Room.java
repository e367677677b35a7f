package org.repatria.core.tranche;

import org.repatria.core.agreement.Nominee;
import org.repatria.core.person.Category;

/** What is left of one direction's capacity in one tranche while it is being filled. */
final class Room {
    private int seats;
    private int stretchers;
    private int bodies;

    Room(Capacity capacity) {
        this(capacity.seats(), capacity.stretchers(), capacity.bodies());
    }

    private Room(int seats, int stretchers, int bodies) {
        this.seats = seats;
        this.stretchers = stretchers;
        this.bodies = bodies;
    }

    Room copy() {
        return new Room(seats, stretchers, bodies);
    }

    boolean fits(Nominee n) {
        return switch (Need.of(n)) {
            case SEAT -> seats > 0;
            case STRETCHER -> stretchers > 0;
            case BODY -> bodies > 0;
        };
    }

    void use(Nominee n) {
        switch (Need.of(n)) {
            case SEAT -> seats--;
            case STRETCHER -> stretchers--;
            case BODY -> bodies--;
        }
    }

    /** What a person or body takes up in a crossing. */
    enum Need {
        SEAT("seated persons", "seats"), STRETCHER("stretcher cases", "stretchers"), BODY("bodies", "wagon places");

        final String what;
        final String unit;

        Need(String what, String unit) {
            this.what = what;
            this.unit = unit;
        }

        static Need of(Nominee n) {
            if (n.category() == Category.REMAINS) {
                return BODY;
            }
            return n.needsStretcher() ? STRETCHER : SEAT;
        }

        int of(Capacity c) {
            return switch (this) {
                case SEAT -> c.seats();
                case STRETCHER -> c.stretchers();
                case BODY -> c.bodies();
            };
        }
    }
}
