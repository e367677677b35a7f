package org.repatria.core.count;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.OptionalInt;
import org.repatria.core.party.PartyId;

/**
 * One side's count of a remains tranche at one stage, as signed: its canonical text ({@link #text()}) is the document's
 * exact bytes, and {@link CountText#parse(byte[])} reads it back. Each figure is from 0 to {@link #MAX_PER_TRANCHE}.
 */
public record Count(String agreement, int tranche, Stage stage, PartyId side, Figures figures) {
    /** The largest figure one tranche's count may state: ten times the largest rail tranche of 2025 (about 1,200). */
    public static final int MAX_PER_TRANCHE = 12_000;

    public Count {
        if (agreement == null || agreement.isBlank()) {
            throw new CountException("agreement", "a count names the agreement it counts for");
        }
        if (tranche < 1) {
            throw new CountException("tranche", "tranches are numbered from 1, got " + tranche);
        }
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(figures, "figures");
        check("persons", figures.persons());
        check("bags", figures.bags());
        figures.samples().ifPresent(s -> check("samples", s));
    }

    /** A count of persons and bags, samples not counted (bags holding several samples come later). */
    public static Count of(String agreement, int tranche, Stage stage, PartyId side, int persons, int bags) {
        return new Count(agreement, tranche, stage, side, new Figures(persons, bags, OptionalInt.empty()));
    }

    private static void check(String field, int value) {
        if (value > MAX_PER_TRANCHE) {
            throw new CountException(field, field + ": " + value + " is beyond the limit of one tranche's count, "
                    + MAX_PER_TRANCHE);
        }
    }

    /** The canonical UTF-8 text to sign. */
    public byte[] text() {
        return CountText.write(this).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads one figure as typed on a form or in a count's text: digits only; {@link CountException} naming the field when
     * it is not a number, negative or beyond {@link #MAX_PER_TRANCHE}.
     */
    public static int figure(String field, String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.length() > 1 && s.length() <= 10 && s.startsWith("-") && s.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new CountException(field, field + ": " + s + " is negative; a count is from 0 to " + MAX_PER_TRANCHE);
        }
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new CountException(field, field + ": '" + Stage.abbreviate(s) + "' is not a number; write the count in"
                    + " digits, from 0 to " + MAX_PER_TRANCHE);
        }
        int v = Integer.parseInt(s);
        check(field, v);
        return v;
    }
}
