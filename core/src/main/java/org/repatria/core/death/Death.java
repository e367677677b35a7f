package org.repatria.core.death;

import java.util.Objects;
import org.repatria.core.person.PartialDate;

/**
 * The date and place of death as known, how they are known (the unit's report, found with the remains, estimated from
 * the remains...), and the cause where known (GC III art. 120, GC I art. 16); all may be empty. How known is required
 * once a date or place is given.
 */
public record Death(PartialDate date, String place, String knownBy, String cause) {
    /** The most characters of the place of death. */
    public static final int MAX_PLACE = 200;
    /** The most characters of how the date and place are known. */
    public static final int MAX_KNOWN_BY = 200;
    /** The most characters of the cause of death. */
    public static final int MAX_CAUSE = 500;

    public Death {
        Objects.requireNonNull(date, "date");
        place = Lines.optional("death_place", place, MAX_PLACE);
        knownBy = Lines.optional("death_known_by", knownBy, MAX_KNOWN_BY);
        cause = Lines.optional("death_cause", cause, MAX_CAUSE);
        if (knownBy.isEmpty() && (!place.isEmpty() || !(date instanceof PartialDate.Unknown))) {
            throw new DeathRecordException("death_known_by", "field death_known_by is required with a date or place of"
                    + " death: say how they are known (a unit's report, a witness, found with the remains, an estimate)");
        }
    }
}
