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

    /** One agreement: terms, negotiation, progress, the plan in force with a parity chart per tranche, reports. */
    record One(Page page, AgreementReply agreement, BarChart progress, List<TrancheView> tranches, String reports) {
    }

    /** A tranche of the plan in force: its slot, its parity chart, and the checklist link. */
    record TrancheView(int number, String date, String crossing, BarChart parity, String href) {
    }

    /**
     * The crossing's checklist: the caller's side's manifest lines to tick (when it hands over), everyone's state, what
     * the last record found, and the act with its signatures ({@code canSignHeld}: the caller's side may sign it now with
     * the key the server holds for it).
     */
    record Checklist(Page page, String agreement, int tranche, String date, String crossing, List<ManifestLine> mine,
                     List<ManifestLine> all, String action, Optional<HandoverReply> result, Optional<ActReply> act,
                     boolean canSignHeld) {
    }
}
