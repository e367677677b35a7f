package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.TrancheMessages.ActReply;
import org.repatria.server.exchange.TrancheMessages.HandoverReply;
import org.repatria.server.exchange.TrancheMessages.ManifestLine;

/** The typed models of the agreement pages ({@code agreement*.jte}, {@code tranche.jte}). */
final class AgreementViews {
    private AgreementViews() {
    }

    /** The agreements the caller may see. */
    record Index(Page page, List<Line> agreements) {
    }

    record Line(String href, String id, String kind, String sides, String state, String received) {
    }

    /**
     * One agreement: terms, negotiation, progress, the plan in force with a parity chart per tranche, reports, what
     * the caller's side may answer to the text on the table, and the terms' deadlines as a timeline (once accepted).
     */
    record One(Page page, AgreementReply agreement, BarChart progress, List<TrancheView> tranches, String reports,
               Optional<NegotiationViews.Answer> answer, CrossingViews.Course course, List<DeadlineLines.Line> deadlines) {
    }

    /** A tranche of the plan in force: its slot, its parity chart, and the checklist link. */
    record TrancheView(int number, String date, String crossing, BarChart parity, String href) {
    }

    /**
     * The crossing's checklist: the caller's side's manifest lines to tick (when it hands over), everyone's state, what
     * the last record found, and the act with its signatures ({@code canSignHeld}: the caller's side may sign it now with
     * the key the server holds for it; {@code ownKey}: the act's statement to sign in the browser with the side's key
     * file; {@code problem}: why the last signature was refused), and the disputes about the act's signatures with
     * where the caller's side may dispute the other side's ({@code disputeHref}); {@code handover}: the crossing as
     * recorded, the parity flag and what the tranche waits on.
     */
    record Checklist(Page page, String agreement, int tranche, String date, String crossing, List<ManifestLine> mine,
                     List<ManifestLine> all, String action, Optional<HandoverReply> result, Optional<ActReply> act,
                     boolean canSignHeld, Optional<OwnKey> ownKey, Optional<NegotiationViews.Problem> problem,
                     List<DisputeViews.Raised> disputes, Optional<String> disputeHref, CrossingViews.Section handover) {
        /** Whether row {@code i} is ticked: as the reader ticked it when the recording was refused, else {@code otherwise}. */
        boolean ticked(int i, boolean otherwise) {
            return recordRefusal().map(p -> p.typed().getOrDefault("present", List.of()).contains(String.valueOf(i)))
                    .orElse(otherwise);
        }

        /** What the reader typed in {@code name} when the recording was refused ("" otherwise). */
        String typed(String name) {
            return recordRefusal().map(p -> p.typed(name)).orElse("");
        }

        /** The refusal of a recording at the crossing (it carries the form as typed), shown above the checklist. */
        Optional<NegotiationViews.Problem> recordRefusal() {
            return problem.filter(p -> !p.typed().isEmpty());
        }
    }

    /** A document to sign in the browser: where the form goes, the statement (base64) and the content (base64). */
    record OwnKey(String action, String statement, String content) {
    }
}
