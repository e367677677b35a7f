package org.repatria.server.desk;

import java.util.List;

/** What the work-for-today page shows. */
final class TodayViews {
    private TodayViews() {
    }

    /**
     * The page: what waits on the reader, most urgent first, or {@code none} saying why nothing does (an observer takes
     * no steps; an identification unit works its cases on its own page).
     */
    record Today(Page page, List<Item> items, String none) {
    }

    /**
     * One thing to do: its kind (a code for programs), who takes the step, what, the agreement's id it concerns ("" when
     * none; shown verbatim), the deadline ("" when none) and the days left or overdue in words, whether it is overdue,
     * and the page where it is done.
     */
    record Item(String kind, String who, String what, String ref, String deadline, String left, boolean overdue,
                String link) {
    }
}
