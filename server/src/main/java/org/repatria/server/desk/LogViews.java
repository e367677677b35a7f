package org.repatria.server.desk;

import java.util.List;

/** The typed models of the log's page and the observer's home ({@code log.jte}): figures, witnesses, entries, grants. */
final class LogViews {
    private LogViews() {
    }

    /**
     * The log as the desk shows it; {@code agreements} are those granted to the observer reading it (empty for others,
     * who reach agreements through their own page), {@code observer} whether the reader is one.
     */
    record Overview(Page page, String heading, List<Tile> tiles, String origin, String root, List<WitnessLine> witnesses,
                    List<EntryLine> entries, boolean observer, List<AgreementLine> agreements) {
    }

    /** A key figure with what it means and where to read more. */
    record Tile(String id, String label, String value, String detail, String href) {
    }

    /** A witness: key name, party, the checkpoint it last cosigned and when, and how far behind the log it is. */
    record WitnessLine(String name, String party, String size, String at, String state, boolean current) {
    }

    /** One log entry: index, time, step, signer, document type, envelope id. */
    record EntryLine(String index, String at, String kind, String signer, String type, String envelope) {
    }

    /** An agreement the observer was granted: link, id, kind, sides, state. */
    record AgreementLine(String href, String id, String kind, String sides, String state) {
    }
}
