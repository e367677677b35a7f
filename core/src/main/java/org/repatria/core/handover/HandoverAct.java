package org.repatria.core.handover;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.party.PartyId;
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
        if (directions.isEmpty() || directions.size() > 2) {
            throw new HandoverException("a handover act has one direction (one way) or two (an exchange), got " + directions.size());
        }
        Set<PartyId> from = new HashSet<>();
        for (Reconciliation r : directions) {
            Manifest m = r.manifest();
            if (!m.agreement().equals(agreement.id()) || m.tranche() != tranche) {
                throw new HandoverException("the manifest from " + m.from() + " is for agreement " + m.agreement() + " tranche "
                        + m.tranche() + ", not agreement " + agreement.id() + " tranche " + tranche);
            }
            if (!agreement.isParty(m.from()) || !agreement.counterpart(m.from()).equals(m.to()) || !from.add(m.from())) {
                throw new HandoverException("the manifest from " + m.from() + " to " + m.to() + " is not one of the two"
                        + " directions between " + agreement.first() + " and " + agreement.second() + ", or is given twice");
            }
        }
    }

    /** The act of a tranche from its reconciled directions (one for a one-way transfer, two for an exchange). */
    public static HandoverAct of(Agreement agreement, Tranche tranche, List<Reconciliation> directions) {
        return new HandoverAct(agreement, tranche.number(), tranche.slot().date(), tranche.slot().crossing(), directions);
    }

    /** What {@code side} actually handed over in this tranche. */
    public List<Nominee> handedOverBy(PartyId side) {
        return directions.stream().filter(r -> r.manifest().from().equals(side)).flatMap(r -> r.crossed().stream())
                .map(Crossed::nominee).toList();
    }

    /** Every discrepancy of both directions, in order. */
    public List<Discrepancy> discrepancies() {
        return directions.stream().flatMap(r -> r.discrepancies().stream()).toList();
    }

    /** The canonical UTF-8 text to sign: English with the given language beside it, deterministic. */
    public byte[] text(ActLanguage language) {
        return ActText.render(this, language);
    }

    /**
     * The text of {@link #text(ActLanguage)} line by line, each line also in English, Ukrainian and Russian alone: what
     * a printed act shows side by side. Every line of the signed text is here, in order, so a section added to the
     * text is printed too.
     */
    public List<ActLine> lines(ActLanguage language) {
        return ActLine.of(this, language);
    }
}
