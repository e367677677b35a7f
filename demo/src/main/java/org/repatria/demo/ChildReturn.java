package org.repatria.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A located child handed back and reunified: the row, the day, the crossing, who escorted the child and the guardian
 * (from the case) who received it, with the document proving the guardian's standing.
 */
public record ChildReturn(String rowId, LocalDate date, String crossing, Escort escort, ChildCase.Guardian guardian,
                          String standingDocument) {
    /** Who accompanied the child: a name, a role ({@code ombudsperson-staff}, {@code icrc-delegate}...) and a document. */
    public record Escort(String name, String role, String document) {
    }

    public ChildReturn {
        Objects.requireNonNull(rowId, "rowId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(crossing, "crossing");
        Objects.requireNonNull(escort, "escort");
        Objects.requireNonNull(guardian, "guardian");
        Objects.requireNonNull(standingDocument, "standingDocument");
    }
}
