package org.repatria.core.handover;

import java.util.Objects;

/**
 * A sample taken from a body bag: its own id (one bag may give several samples, each typed and identified on its own;
 * a sample comes from one bag only) and the tag of the bag it was taken from.
 */
public record Sample(String id, String bodyTag) {
    /** The longest sample id: laboratory barcodes and DVI sample numbers are far shorter. */
    public static final int MAX_ID = 64;

    public Sample {
        id = checkId(id);
        bodyTag = Objects.requireNonNullElse(bodyTag, "").strip();
        if (bodyTag.isEmpty()) {
            throw new HandoverException("sample " + id + ": name the body bag (its tag) the sample was taken from");
        }
    }

    /**
     * The id stripped, or {@link HandoverException} naming what is wrong: empty, longer than {@link #MAX_ID}, or with
     * a control character or a space (ids are written on tubes and read back from CSV files).
     */
    public static String checkId(String raw) {
        String id = Objects.requireNonNullElse(raw, "").strip();
        if (id.isEmpty()) {
            throw new HandoverException("sample id: is empty; give the id written on the sample");
        }
        if (id.length() > MAX_ID) {
            throw new HandoverException("sample id: " + String.format(java.util.Locale.ROOT, "%,d", id.length())
                    + " characters, the limit is " + MAX_ID);
        }
        if (id.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new HandoverException("sample id: '" + id.replaceAll("\\p{Cntrl}", "?")
                    + "' holds a space or a control character; use letters, digits and - _ . /");
        }
        return id;
    }
}
