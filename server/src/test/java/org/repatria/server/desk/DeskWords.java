package org.repatria.server.desk;

import java.util.Set;

/** The English words a desk page shows outside names and identifiers, for tests of other packages' pages. */
public final class DeskWords {
    private DeskWords() {
    }

    /** The English words visible on {@code html}. */
    public static Set<String> english(String html) {
        return VisibleWords.english(VisibleWords.text(html));
    }
}
