package org.repatria.server.death;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.death.Death;
import org.repatria.core.death.DeathRecordException;
import org.repatria.core.death.DeathRecordText;
import org.repatria.core.death.DnaSummary;
import org.repatria.core.death.Identity;
import org.repatria.core.death.RemainsState;
import org.repatria.core.death.RemainsWhere;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.core.person.PartialDate;
import org.repatria.server.death.DeathMessages.DeathRecordRequest;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.death.StoredDeathRecord;
import org.repatria.store.genetic.Decision;

/**
 * The text of a death record from the unit's particulars, with every check before anything is signed: the person's side
 * is another belligerent, a second record of an identification is refused unless it corrects the latest one, and each
 * particular within its limit and its dates in order (core's {@link DeathRecordText}). 400 naming the field, or 409.
 */
final class DeathTexts {
    private DeathTexts() {
    }

    /** The identification's records so far, checked against what {@code corrects} says; the revision the new one takes. */
    static int revision(Store store, Decision d, String corrects) {
        List<StoredDeathRecord> earlier = store.deathRecords().of(d.id());
        if (earlier.isEmpty()) {
            if (!corrects.isEmpty()) {
                throw HttpProblem.invalid("corrects", "field corrects: identification " + d.id() + " has no death record"
                        + " yet, so there is nothing to correct; leave corrects empty");
            }
            return 1;
        }
        StoredDeathRecord latest = earlier.getLast();
        if (corrects.isEmpty()) {
            throw HttpProblem.conflict("recorded_already", "identification " + d.id() + " has death record "
                    + latest.envelopeId() + " already; a second record is refused — to correct it, send corrects "
                    + latest.envelopeId() + " with the corrected particulars; nothing was recorded");
        }
        if (!corrects.equals(latest.envelopeId())) {
            throw HttpProblem.conflict("not_latest", "field corrects: " + corrects + " is not the latest death record of"
                    + " identification " + d.id() + "; correct " + latest.envelopeId() + "; nothing was recorded");
        }
        return latest.revision() + 1;
    }

    static DeathRecordText text(Store store, Account unit, Decision d, String kinship, DeathRecordRequest r, Instant at) {
        PartyId side = side(store, unit, r.side());
        try {
            return new DeathRecordText(d.id(), blank(r.corrects()), unit.party(), side, unit.username(), at,
                    new Identity(r.surname(), r.givenNames(), r.patronymic(), date("birth_date", r.birthDate()),
                            r.serviceNumber(), r.unit(), r.rank()),
                    new Death(date("death_date", r.deathDate()), r.deathPlace(), r.deathKnownBy(), r.deathCause()),
                    new DnaSummary(d.caseId(), d.pair().remainsId(), d.pair().log10Lr(), kinship),
                    new RemainsWhere(RemainsState.parse(r.remainsState()), r.remainsPlace()));
        } catch (DeathRecordException e) {
            throw HttpProblem.invalid(e.field(), e.getMessage());
        }
    }

    static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    private static PartyId side(Store store, Account unit, String raw) {
        String value = blank(raw);
        Optional<PartyId> id;
        try {
            id = value.isEmpty() ? Optional.empty() : Optional.of(new PartyId(value));
        } catch (IllegalArgumentException e) {
            id = Optional.empty();
        }
        PartyId side = id.filter(p -> store.parties().find(p).filter(x -> x.kind() == PartyKind.BELLIGERENT).isPresent())
                .orElseThrow(() -> HttpProblem.invalid("side", "field side: '" + value + "' is no party to the conflict;"
                        + " name the person's own side, to which the mediator relays the record"));
        if (side.equals(unit.party())) {
            throw HttpProblem.invalid("side", "field side: a record goes to the person's own side through the mediator;"
                    + " the unit's own party (" + side + ") keeps its own dead in its own registers");
        }
        return side;
    }

    private static PartialDate date(String field, String raw) {
        try {
            return PartialDate.parseIso(blank(raw));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid(field, "field " + field + ": '" + blank(raw).substring(0, Math.min(40, blank(raw).length()))
                    + "' is no date; write YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty when unknown");
        }
    }
}
