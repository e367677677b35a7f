package org.repatria.lists.normal;

import java.util.Objects;
import java.util.Optional;
import org.repatria.core.person.PartialDate;

/** What a date cell says: a date at its precision, a date read with day and month exchanged, or no date. */
public sealed interface DateReading {

    /** Read as written, at the precision written (an empty cell reads as the unknown date). */
    record Read(PartialDate date) implements DateReading {
    }

    /** Impossible as written but possible with day and month exchanged ({@code 03.25.1990}); read that way. */
    record Swapped(PartialDate date) implements DateReading {
    }

    /** Not in a date format a list uses. */
    record Unreadable() implements DateReading {
    }

    /**
     * In a date format, but no such date ({@code 31.02.1990}, month 13, year 1700); {@code year} is the year written
     * when that year alone is possible (1990 in the first two, none in the third).
     */
    record Impossible(Optional<PartialDate.Year> year) implements DateReading {
        public Impossible {
            Objects.requireNonNull(year, "year");
        }

        /** No possible year either. */
        public Impossible() {
            this(Optional.empty());
        }
    }
}
