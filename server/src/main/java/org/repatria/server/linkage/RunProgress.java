package org.repatria.server.linkage;

/** A running match: the matcher's stage and how many of its stages are done ("queued" or "read" before it starts). */
public record RunProgress(String stage, long done, long total) {

    /** Whole percent done. */
    public int percent() {
        return total == 0 ? 0 : (int) (100L * done / total);
    }
}
