package org.repatria.server.identification;

/**
 * A decision on one candidate: {@code decision} is {@code confirmed} or {@code rejected}; {@code listId} and
 * {@code rowId}, both or neither, name the row of a list of the caller's party for the missing person.
 */
public record DecisionRequest(String remains, String family, String missing, String decision, String listId, String rowId) {
}
