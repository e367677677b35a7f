package org.repatria.lists.sheet;

import java.util.List;

/**
 * What the readers check in every cell as it is read: its length (the sink's {@link RowSink#longestCell()}; for a
 * person list {@link org.repatria.core.person.Person#MAX_TEXT}, the JSON API's limit) and its characters (no lone
 * surrogate: half of a character, which would be stored as {@code ?}). A cell is kept to one character more than the
 * sink allows, so any later length check still sees it too long.
 */
final class CellText {
    private final int longest;

    CellText(RowSink sink) {
        this.longest = Math.min(Math.max(sink.longestCell(), 1), RowSink.LONGEST_CELL);
    }

    /** How many characters of a cell are kept. */
    int kept() {
        return longest + 1;
    }

    /** Notes a cell {@code length} characters long, when it is longer than allowed. */
    void length(int column, long length, List<CellNote> notes) {
        if (length > longest) {
            notes.add(new CellNote(column, "cell.too-long", String.format(java.util.Locale.ROOT, "%,d", length)));
        }
    }

    /** {@code text} cut to {@link #kept()}, with notes for its length and any lone surrogate. */
    String checked(int column, String text, List<CellNote> notes) {
        length(column, text.length(), notes);
        String kept = text.length() > kept() ? text.substring(0, kept()) : text;
        int at = loneSurrogate(kept);
        if (at >= 0) {
            notes.add(new CellNote(column, "cell.lone-surrogate", Integer.toString(at + 1)));
        }
        return kept;
    }

    /** The index of the first UTF-16 surrogate not in a pair, or -1. */
    static int loneSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
