package org.repatria.server.tracing;

/**
 * Where a candidate comes from: {@code kind} {@code answer} (an answer to row {@code rowId} of request list
 * {@code listId} by {@code party}, under the name held) or {@code list} (row {@code rowId} of list {@code listId} by
 * {@code party}); its name and birth date as read.
 */
public record CandidateSource(String kind, String listId, String party, String rowId, String name, String birthDate) {
    /** One line naming the candidate, kept with a decision. */
    public String label() {
        return name + (birthDate.isEmpty() ? "" : ", " + birthDate) + " (" + kind + " " + listId + " row " + rowId + ")";
    }
}
