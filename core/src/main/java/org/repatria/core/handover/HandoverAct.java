package org.repatria.core.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.tranche.Tranche;

/**
 * What was actually exchanged in one tranche, each direction reconciled against its manifest with its discrepancies;
 * signed by both parties and the mediator as a {@code handover-act} document in its canonical bilingual text.
 */
public record HandoverAct(Agreement agreement, int tranche, LocalDate date, String crossing,
                          List<Reconciliation> directions) {
    public HandoverAct {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(crossing, "crossing");
        directions = List.copyOf(directions);
    }

    /** The act of a tranche from its reconciled directions (one for a one-way transfer, two for an exchange). */
    public static HandoverAct of(Agreement agreement, Tranche tranche, List<Reconciliation> directions) {
        throw new UnsupportedOperationException("handover act not written yet");
    }

    /** The canonical UTF-8 text to sign: English with the given language beside it, deterministic. */
    public byte[] text(ActLanguage language) {
        throw new UnsupportedOperationException("handover act not written yet");
    }
}
