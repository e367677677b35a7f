package org.repatria.server.desk;

import java.util.List;
import org.repatria.server.child.ChildCase;

/** The answers given for a child's row, newest first, as the case page shows them (from the requests' history). */
final class CaseAnswers {
    CaseAnswers() {
    }

    /** The answers for the case's row that the reader may see; none until the requests' history is joined. */
    List<ChildViews.Answer> of(ChildCase c, Text t) {
        return List.of();
    }
}
