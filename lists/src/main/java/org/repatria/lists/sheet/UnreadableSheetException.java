package org.repatria.lists.sheet;

/**
 * The file cannot be read as a sheet at all (empty, binary, an old .xls, a broken XLSX). {@code code}
 * names the message in the problem bundles, {@code detail} fills it.
 */
public final class UnreadableSheetException extends Exception {
    private final String code;
    private final String detail;

    public UnreadableSheetException(String code, String detail, Throwable cause) {
        super(code + ": " + detail, cause);
        this.code = code;
        this.detail = detail;
    }

    /** The message code, e.g. {@code file.empty}. */
    public String code() {
        return code;
    }

    /** The argument of the message (may be empty). */
    public String detail() {
        return detail;
    }
}
