package org.repatria.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.PersonList;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

/** Which agreements nominate a row, for the person's page (docs/decisions/0157). */
class AgreementsNominatingTest extends OnEveryEngine {

    @Test
    void theAgreementsNominatingARowAreFoundAndNoOthers() {
        People.addParties(store());
        PersonList held = People.list(People.UA, People.T0, People.pow("7", "Шевченко", "Іван", "1990", "MI-1", "u"),
                People.pow("8", "Коваленко", "Петро", "1991", "MI-2", "u"));
        store().lists().add(held);
        Exchanges x = store().exchanges();
        PersonRef seven = new PersonRef(held.header().id(), "7");
        for (String id : List.of("b2", "a1", "c3")) {
            x.open(new StoredAgreement(id, "PRISONERS", People.UA, People.RU, People.ICRC, People.T0, OptionalInt.empty()),
                    new AgreementStep(1, AgreementStep.Kind.PROPOSAL, People.UA, "e-" + id, "text", "desk", People.T0));
        }
        for (String id : List.of("b2", "a1")) {
            x.nominate(id, List.of(new StoredNomination(People.UA, seven, 1, false, "FIT", true, "", Optional.empty(),
                    "ua-desk", People.T0)), List.of(new StoredMove(seven, "CONFIRMED_HELD", "NOMINATED", "ua-desk", People.UA,
                    People.T0, "")));
        }

        assertThat(x.agreementsNominating(seven)).containsExactly("a1", "b2");
        assertThat(x.agreementsNominating(new PersonRef(held.header().id(), "8"))).isEmpty();
    }
}
