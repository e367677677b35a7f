package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.party.Party;
import org.repatria.core.person.Person;

/** The typed models of the desk's templates, one per page; text in them is already in the page's language. */
final class Views {
    private Views() {
    }

    record Login(Page page, boolean failed, String refusal, String username) {
    }

    record Home(Page page, String role, List<Tile> tiles, BarChart chart, List<ListLine> recent) {
    }

    /** A key figure on the home page. */
    record Tile(String label, String value) {
    }

    /** A list in a table of lists (and the header of a list page), formatted. */
    record ListLine(String href, String title, String author, String purpose, String category, String rows,
                    String created, String relayed) {
    }

    record Lists(Page page, List<ListLine> lists) {
    }

    /** {@code identified}: row ids the reader's own party's identification unit confirmed (status only, no genetic data). */
    record OneList(Page page, ListLine list, RowTable table, List<Party> relayTargets, Set<String> identified,
                   ListSigning signing) {
    }

    /**
     * A list as a signed document: whether it is signed, whether its rows still match what was signed, the status line,
     * envelope id and signed SHA-256, the trail, and for its author while unsigned the statement to sign (base64) and
     * whether the server holds a key for the party; {@code action} is where the signing form posts; {@code disputes}:
     * the thread about the signed list, and {@code disputeHref} where the reader's side may dispute it.
     */
    record ListSigning(boolean signed, boolean intact, String status, String envelopeId, String sha256, List<Step> trail,
                       Optional<String> toSign, boolean serverHeld, String action, List<DisputeViews.Raised> disputes,
                       Optional<String> disputeHref) {
    }

    /** A page of rows with its sort links, pager and filter. */
    record RowTable(List<Person> rows, List<Column> columns, String filter, String sort, boolean descending, String showing,
                    Optional<String> previous, Optional<String> next, String action) {
    }

    /** A column heading; sortable ones link to the table sorted by them ({@code marker} shows the current order). */
    record Column(String label, Optional<String> sortLink, String marker) {
    }

    /** A refused request: its status, the refusal in the reader's words, and the desk page it came from, if any. */
    record Problem(Page page, int status, RefusalText refusal, Optional<String> back) {
    }

    /** The outbox and inbox of documents sent through the log. */
    record Documents(Page page, List<DocumentLine> outbox, List<DocumentLine> inbox) {
    }

    /**
     * One document: what, from whom, to whom, when, its envelope id, and its trail in the log; {@code thread}: its
     * disputes page, and {@code disputes}, for a dispute, the page of the document it disputes; {@code title} and
     * {@code link}: what it concerns, in words, and that page ({@code DocumentSubjects}).
     */
    record DocumentLine(String type, String author, String addressees, String time, String envelopeId, List<Step> trail,
            Optional<String> toAcknowledge, boolean serverHeld, String thread, Optional<String> disputes, String title,
            Optional<String> link) {
    }

    /** One step of a trail: what happened, who signed it, its log entry, its receipt's check, and key custody. */
    record Step(String kind, String signer, long index, String proof, String custody) {
    }
}
