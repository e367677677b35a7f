package org.repatria.server.fuzz;

import java.time.Duration;
import java.util.SortedMap;
import java.util.TreeMap;
import org.repatria.server.RunningServer;

/** What the database holds, table by table, once the person index has joined what was stored before. */
final class Stored {
    private Stored() {
    }

    /** Every table's row count, after the server's background joining has settled. */
    static SortedMap<String, Long> counts(RunningServer running) {
        running.server().persons().settle(Duration.ofSeconds(10));
        return running.tableCounts();
    }

    /**
     * The record of sign-in attempts, which a refused sign-in writes on purpose: recording failures is what it is for
     * (docs/decisions/0182).
     */
    private static final String SIGN_INS = "sign_ins";

    /** The tables whose counts differ, as {@code table: before -> after}, the record of sign-ins aside; empty when none. */
    static String changed(SortedMap<String, Long> before, SortedMap<String, Long> after) {
        SortedMap<String, String> diff = new TreeMap<>();
        after.forEach((table, n) -> {
            if (!table.equalsIgnoreCase(SIGN_INS) && !n.equals(before.get(table))) {
                diff.put(table, before.get(table) + " -> " + n);
            }
        });
        return diff.isEmpty() ? "" : diff.toString();
    }
}
