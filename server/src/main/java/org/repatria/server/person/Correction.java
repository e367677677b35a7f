package org.repatria.server.person;

/**
 * A reviewer's correction as submitted: two rows (list id, row id), {@code verdict} "same" (confirm a proposed link)
 * or "different" (split a wrong link), and why.
 */
public record Correction(String aList, String aRow, String bList, String bRow, String verdict, String reason) {
}
