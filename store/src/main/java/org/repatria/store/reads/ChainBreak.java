package org.repatria.store.reads;

/** Where the record's hash chain does not hold: the segment file, the line (from 1) and what is wrong there. */
public record ChainBreak(String segment, long line, String reason) {
    @Override
    public String toString() {
        return segment + " line " + line + ": " + reason;
    }
}
