package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;

/** The typed models of a child's return on the desk: the crossing, the guardian check, the reunification. */
final class ReturnViews {
    private ReturnViews() {
    }

    /**
     * A child handed over in a tranche: who, from and to whom, what the crossing recorded; the guardian check (recorded,
     * or the form when the caller may record it); the reunification (recorded, or the mediator's form).
     */
    record Child(Page page, String agreement, int tranche, String name, String from, String to, String outcome,
                 String back, Optional<Checked> checked, Optional<CheckForm> checkForm, Optional<Reunified> reunified,
                 Optional<ReunifyForm> reunifyForm, Optional<NegotiationViews.Problem> problem) {
    }

    /** A recorded guardian check in the reader's words. */
    record Checked(String guardian, String document, String relation, String standing, String proof, String escort,
                   String escortRole, String escortDocument, String by, String at) {
    }

    /** The guardian check's form: where it posts, the standings and escort roles to choose from. */
    record CheckForm(String action, List<CrossingViews.Option> standings, List<CrossingViews.Option> roles) {
    }

    /** A recorded reunification: the signed record's envelope (its document page) and when. */
    record Reunified(String envelopeId, String href, String requestRow, String at) {
    }

    /** The mediator's form: where it posts, the request row to prefill, whether the server holds the mediator's key. */
    record ReunifyForm(String action, String requestList, String requestRow, boolean serverHeld) {
    }
}
