package org.repatria.server.death;

import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.death.DeathRecordText;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Person;
import org.repatria.server.death.DeathMessages.DeathRecordRequest;
import org.repatria.store.Store;
import org.repatria.store.death.DeathRecords.LastCustody;
import org.repatria.store.genetic.Decision;

/**
 * A first draft of a death record, for the unit to check and complete: identity, birth and death particulars from the
 * request row the confirmation names, and where the remains are and the person's side from the bag's custody chain
 * (the bag the remains sample was taken from — or, with no sample recorded, a bag tagged with its id — in an agreement
 * whose other side is then the person's).
 */
final class DeathDrafts {
    private DeathDrafts() {
    }

    static DeathRecordRequest draft(Store store, Account unit, Decision d, String corrects) {
        Optional<Person> p = d.list().flatMap(list -> Optional.ofNullable(store.lists()
                .personsByRowId(list, d.rowId().stream().toList()).get(d.rowId().orElse(""))));
        String remains = d.pair().remainsId();
        Optional<LastCustody> custody = store.deathRecords().lastCustody(unit.party(), remains);
        String side = custody.flatMap(c -> store.exchanges().agreement(c.agreementId()))
                .map(a -> a.counterpart(unit.party()).value()).orElse("");
        String where = custody.map(c -> "bag " + c.bag() + (c.place().isBlank() ? "" : ", " + c.place()))
                .orElse("bag " + remains);
        String state = custody.filter(c -> c.kind().equals("RETURNED")).map(c -> "returned").orElse("held");
        return new DeathRecordRequest(d.caseId(), remains, side,
                p.map(x -> x.name().surname()).orElse(""), p.map(x -> x.name().givenName()).orElse(""),
                p.map(x -> x.name().patronymic()).orElse(""), p.map(x -> x.birthDate().iso()).orElse(""),
                p.map(Person::militaryId).orElse(""), p.map(Person::unit).orElse(""), p.map(Person::rank).orElse(""),
                detail(p, DetailField.DEATH_DATE), detail(p, DetailField.DEATH_PLACE),
                p.filter(x -> !detail(p, DetailField.DEATH_DATE).isEmpty() || !detail(p, DetailField.DEATH_PLACE).isEmpty())
                        .map(x -> "the request list's row").orElse(""),
                detail(p, DetailField.DEATH_CAUSE), state, where, corrects);
    }

    /** A correction's draft: the latest record's particulars, to change, naming it in {@code corrects}. */
    static DeathRecordRequest corrected(Decision d, DeathRecordText last, String envelopeId) {
        DeathRecordRequest r = request(last);
        return new DeathRecordRequest(d.caseId(), d.pair().remainsId(), r.side(), r.surname(), r.givenNames(),
                r.patronymic(), r.birthDate(), r.serviceNumber(), r.unit(), r.rank(), r.deathDate(), r.deathPlace(),
                r.deathKnownBy(), r.deathCause(), r.remainsState(), r.remainsPlace(), envelopeId);
    }

    /** The particulars of a record as the request that makes it. */
    static DeathRecordRequest request(DeathRecordText t) {
        return new DeathRecordRequest(t.dna().caseId(), t.dna().remainsId(), t.side().value(), t.identity().surname(),
                t.identity().givenNames(), t.identity().patronymic(), t.identity().birthDate().iso(),
                t.identity().serviceNumber(), t.identity().unit(), t.identity().rank(), t.death().date().iso(),
                t.death().place(), t.death().knownBy(), t.death().cause(), t.remains().state().token(),
                t.remains().place(), t.corrects());
    }

    private static String detail(Optional<Person> p, DetailField field) {
        return p.flatMap(x -> x.details().get(field)).map(DetailValue::display).orElse("");
    }
}
