package org.repatria.lists.sheet;

import java.util.List;

/**
 * The file cannot be read as a sheet at all (empty, binary, an old .xls, a broken or oversized XLSX, bytes that are
 * not text in its character set). {@code code} names the message in the problem bundles, {@code args} fill it;
 * {@code row} is the sheet row the reading had reached (0 for the file as a whole).
 */
public final class UnreadableSheetException extends Exception {
    private final String code;
    private final int row;
    private final List<String> args;

    public UnreadableSheetException(String code, String detail, Throwable cause) {
        this(code, 0, cause, detail);
    }

    /** A refusal at sheet row {@code row} (0: the whole file), its message filled by {@code args}. */
    public UnreadableSheetException(String code, int row, Throwable cause, String... args) {
        super(code + ": " + String.join(" ", args), cause);
        this.code = code;
        this.row = row;
        this.args = List.of(args);
    }

    /** The message code, e.g. {@code file.empty}. */
    public String code() {
        return code;
    }

    /** The first argument of the message (may be empty). */
    public String detail() {
        return args.isEmpty() ? "" : args.get(0);
    }

    /** Every argument of the message. */
    public List<String> args() {
        return args;
    }

    /** The sheet row reached when reading stopped; 0 when the refusal concerns the whole file. */
    public int row() {
        return row;
    }
}
