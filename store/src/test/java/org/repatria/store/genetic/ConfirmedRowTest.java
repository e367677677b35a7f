package org.repatria.store.genetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.PersonList;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

/** The confirmations that name one row, for the person's page (docs/decisions/0157). */
class ConfirmedRowTest extends OnEveryEngine {
    private static final CaseFiles FILES = new CaseFiles("f", "p", "r", "ped", Optional.empty());

    private PersonList caseAndRequest() {
        People.addParties(store());
        store().cases().add(new GeneticCase("c1", People.UA, "Вагон 1", "ua-dna", People.T0, 2, 2, SearchState.none()), FILES);
        PersonList request = People.list(People.UA, People.T0, People.pow("7", "Шевченко", "Іван", "1990", "MI-1", "u"),
                People.pow("8", "Коваль", "Петро", "1991", "MI-2", "u"));
        store().lists().add(request);
        return request;
    }

    @Test
    void aConfirmationNamingTheRowIsFoundWithWhoAndWhen() {
        PersonList request = caseAndRequest();
        store().cases().decisions().add(new Decision("d1", "c1", People.UA, new StoredMatch("V1", "F1", "M1", 5, 0), true,
                "ua-dna", People.T0, Optional.of(request.header().id()), Optional.of("7")));

        assertThat(store().cases().decisions().confirmedRow(request.header().id(), "7")).singleElement()
                .satisfies(d -> assertThat(d.decidedBy()).isEqualTo("ua-dna"));
        assertThat(store().cases().decisions().confirmedRow(request.header().id(), "8")).isEmpty();
    }

    @Test
    void aRejectionNamingTheRowIsNoIdentification() {
        PersonList request = caseAndRequest();
        store().cases().decisions().add(new Decision("d1", "c1", People.UA, new StoredMatch("V1", "F1", "M1", 5, 0), false,
                "ua-dna", People.T0, Optional.of(request.header().id()), Optional.of("7")));

        assertThat(store().cases().decisions().confirmedRow(request.header().id(), "7")).isEmpty();
    }
}
