package org.repatria.server.today;

import java.time.LocalDate;
import java.util.Optional;
import org.repatria.core.party.PartyId;

/**
 * One thing waiting on the reader's desk: what, about which agreement, list or document ({@code subject}), the party
 * that takes the step (the reader's own, or for the mediator either side), the deadline when the terms set one, a
 * number (plan, tranche, documents waiting) and the desk page where it is done.
 */
public record Due(Kind kind, String subject, PartyId party, Optional<LocalDate> deadline, int number, String link) {

    /** The steps the desk lists, each with the words {@code today.what.<KIND>}. */
    public enum Kind {
        /** Documents await the mediator's relay ({@code number} of them). */
        RELAY,
        /** A document relayed to the reader's party awaits its acknowledgement. */
        ACKNOWLEDGE,
        /** A dispute raised with the party awaits its answer; for the mediator, a dispute still open. */
        DISPUTE,
        /** A proposed agreement text awaits the side's answer (counter or accept). */
        NEGOTIATE,
        /** A side has not nominated anyone yet under an accepted agreement. */
        NOMINATE,
        /** A side signs plan {@code number}. */
        SIGN_PLAN,
        /** The mediator puts plan {@code number}, signed by both sides and relayed, in force. */
        CONFIRM_PLAN,
        /** Tranche {@code number} of the plan in force crosses on its day; nothing was recorded at the crossing yet. */
        CROSS,
        /** A side signs the act of tranche {@code number}. */
        SIGN_ACT,
        /** A requested party's answers to a request list are due ({@code number} rows unanswered). */
        ANSWER
    }
}
