package org.repatria.server.desk;

import java.util.List;

/** The figures page's typed views. */
final class FigureViews {
    private FigureViews() {
    }

    /** One figure: its token (for ids and export links), title, chart, the table beside it and a note ("" for none). */
    record Section(String token, String title, BarChart chart, List<String> header, List<List<String>> rows, String note) {
    }

    /** The page: what the reader's figures cover, and each figure. */
    record Figures(Page page, String scope, List<Section> sections) {
    }
}
