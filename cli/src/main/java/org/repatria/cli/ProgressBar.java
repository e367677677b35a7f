package org.repatria.cli;

/** The bar of a one-line progress display on standard error: {@code [#########           ]}. */
final class ProgressBar {
    private static final int WIDTH = 30;

    private ProgressBar() {
    }

    /** The bar for {@code done} of {@code total} steps. */
    static String of(long done, long total) {
        int filled = (int) (WIDTH * done / Math.max(1, total));
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "]";
    }
}
