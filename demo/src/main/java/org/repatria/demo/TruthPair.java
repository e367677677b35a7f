package org.repatria.demo;

import java.util.Objects;
import org.repatria.core.list.ListId;

/**
 * Ground truth: the request row {@code requestRow} of list {@code requestList} names the same person as row
 * {@code holdingRow} of the holding (prisoner or remains) list {@code holdingList}.
 */
public record TruthPair(ListId requestList, String requestRow, ListId holdingList, String holdingRow) {
    public TruthPair {
        Objects.requireNonNull(requestList, "requestList");
        Objects.requireNonNull(requestRow, "requestRow");
        Objects.requireNonNull(holdingList, "holdingList");
        Objects.requireNonNull(holdingRow, "holdingRow");
    }
}
