package org.repatria.server.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON of agreements, nominations and lifecycle moves. */
public final class AgreementMessages {
    private AgreementMessages() {
    }

    /**
     * An agreement: its sides, where the negotiation stands, the text on the table (the accepted one once accepted),
     * every step with its document, and how many persons are in each lifecycle state.
     */
    public record AgreementReply(String id, String kind, String first, String second, String mediator, String state,
                                 String text, int acceptedStep, List<StepReply> steps, Map<String, Integer> progress) {
    }

    /**
     * A deadline of an accepted agreement's terms (docs/decisions/0179): {@code milestone} is {@code nominations} (with
     * the {@code side} that nominates), {@code plan}, {@code tranche} (with its {@code tranche} number) or
     * {@code completion}; {@code due} the date; {@code standing} {@code met} (on {@code metOn}), {@code open} ({@code days}
     * left, 0 when due today) or {@code overdue} (by {@code days}). Absent values are "" and 0.
     */
    public record DeadlineReply(String milestone, String side, int tranche, String due, String standing, String metOn,
                                long days) {
    }

    /** One step of the negotiation and whether the mediator relayed its document yet. */
    public record StepReply(int number, String kind, String party, String envelopeId, boolean relayed, Instant at) {
    }

    /** {@code POST .../grants}: the observer to show the agreement to (its terms and progress, nothing personal). */
    public record GrantRequest(String observer) {
    }

    /** {@code POST .../nominations}: rows of one of the caller's own lists, in priority order. */
    public record NominationRequest(String list, List<NomineeRequest> nominees) {
    }

    /** A row to nominate, the health class the nominating side gives it, and whether it is a reserve. */
    public record NomineeRequest(String row, String health, boolean reserve) {
    }

    /** A nomination with its eligibility verdict, the request row a confirmed match ties it to, and its state now. */
    public record NominationReply(String party, String list, String row, String name, int priority, boolean reserve,
                                  String health, boolean eligible, String reason, String requestList, String requestRow,
                                  String state) {
    }

    /** {@code POST .../moves}: lifecycle moves, made all or none. */
    public record MovesRequest(List<MoveRequest> moves) {
    }

    /** Move the person (list and row) to state {@code to}, for the reason given. */
    public record MoveRequest(String list, String row, String to, String reason) {
    }

    /** A recorded move: who, for which party, when, why. */
    public record MoveReply(String list, String row, String from, String to, String by, String party, Instant at,
                            String reason) {
    }
}
