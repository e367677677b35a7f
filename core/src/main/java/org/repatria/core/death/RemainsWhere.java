package org.repatria.core.death;

import java.util.Objects;

/** Where the remains are (GC I art. 17): their state, and the bag and custody place, grave, or to whom returned. */
public record RemainsWhere(RemainsState state, String place) {
    /** The most characters of where the remains are. */
    public static final int MAX_PLACE = 300;

    public RemainsWhere {
        Objects.requireNonNull(state, "state");
        place = Lines.required("remains_place", place, MAX_PLACE);
    }
}
