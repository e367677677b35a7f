package org.repatria.core.agreement;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive range of ages in whole years, reckoned on a given date (e.g. 18 to 25 on 2025-06-02). */
public record AgeRange(int min, int max, LocalDate on) {
    public AgeRange {
        Objects.requireNonNull(on, "on");
        if (min < 0 || max < min || max > 150) {
            throw new AgreementException("an age range needs 0 <= min <= max <= 150, got " + min + " to " + max);
        }
    }
}
