package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;
import org.repatria.server.exchange.AgreementMessages.NominationReply;

/** The typed model of the nominations page ({@code nominations.jte}). */
final class NominationViews {
    private NominationViews() {
    }

    /**
     * The nominations made so far with their verdicts and request links; for a side, its own lists to pick from and the
     * chosen list's rows (filtered) to select; {@code problem}: why the last nomination was refused (nothing stored); {@code waiting}: on whom the exchange
     * waits, for what.
     */
    record Nominations(Page page, String agreement, String back, List<Nominated> nominated, List<Choice> lists,
                       String list, String filter, List<Candidate> rows, boolean side, String action,
                       Optional<NegotiationViews.Problem> problem, List<WaitingOn.Line> waiting) {
        /** Whether the reader ticked {@code row} in the column {@code name} ({@code row}, {@code reserve}) before a refusal. */
        boolean ticked(String name, String row) {
            return problem.map(p -> p.typed().getOrDefault(name, List.of()).contains(row)).orElse(false);
        }
    }

    /** A nomination and where its confirmed match ties it to the other side's request ({@code requestHref}). */
    record Nominated(NominationReply nomination, String requestHref) {
    }

    /** One of the caller's lists. */
    record Choice(String id, String title, boolean chosen) {
    }

    /**
     * A row that can be nominated: its id, name, birth date, whether it is nominated already, and what nominating it
     * with {@code health} (suggested from {@code listHealth}, the list's own words) would give: the verdict with its
     * reason and the other side's request row it is tied to.
     */
    record Candidate(String row, String name, String born, boolean nominated, String health, String listHealth, boolean eligible,
                     String reason, String requestHref, String requestRow) {
    }
}
