package org.repatria.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.PersonList;
import org.repatria.store.DuplicateException;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

/** Samples taken from body bags and their chains (V17), on every engine. */
class TakenSamplesTest extends OnEveryEngine {
    private static final String ID = "a1";
    private PersonList held;

    private TakenSamples opened() {
        People.addParties(store());
        held = People.list(People.UA, People.T0, People.pow("7", "Шевченко", "Іван", "1990", "MI-1", "u"));
        store().lists().add(held);
        store().exchanges().open(new StoredAgreement(ID, "REMAINS", People.UA, People.RU, People.ICRC, People.T0,
                OptionalInt.empty()), new AgreementStep(1, AgreementStep.Kind.PROPOSAL, People.UA, "e1", "text", "desk", People.T0));
        return store().samples();
    }

    private static StoredSample taken(String id, String tag) {
        return new StoredSample(People.RU, id, ID, tag, List.of(new SampleRecord(1, "TAKEN", "morgue", "", Optional.empty(),
                Optional.empty(), "ru-unit", People.T0)));
    }

    @Test
    void aBagsSamplesAreStoredWithTheirFirstStepAndReadBackByAgreement() {
        TakenSamples s = opened();
        s.take(People.RU, ID, List.of(taken("S-2", "BT-1"), taken("S-1", "BT-1")));

        assertThat(s.of(People.RU, ID)).extracting(StoredSample::id).containsExactly("S-1", "S-2");
        assertThat(s.of(People.RU, ID).getFirst().steps()).extracting(SampleRecord::kind).containsExactly("TAKEN");
        assertThat(s.of(People.UA, ID)).isEmpty();
    }

    @Test
    void aSampleAlreadyHeldIsADuplicateAndNothingOfTheBatchIsStored() {
        TakenSamples s = opened();
        s.take(People.RU, ID, List.of(taken("S-1", "BT-1")));

        assertThatThrownBy(() -> s.take(People.RU, ID, List.of(taken("S-3", "BT-2"), taken("S-1", "BT-2"))))
                .isInstanceOf(DuplicateException.class);
        assertThat(s.of(People.RU, ID)).extracting(StoredSample::id).containsExactly("S-1");
    }

    @Test
    void anIdentificationStepNamesThePersonAndIsFoundById() {
        TakenSamples s = opened();
        s.take(People.RU, ID, List.of(taken("S-1", "BT-1")));
        PersonRef who = new PersonRef(held.header().id(), "7");
        s.step(People.RU, ID, "S-1", new SampleRecord(2, "TYPED", "", "", Optional.of("case-1"), Optional.empty(), "u", People.T0),
                List.of());
        s.step(People.RU, ID, "S-1", new SampleRecord(3, "IDENTIFIED", "", "", Optional.empty(), Optional.of(who), "u",
                People.T0), List.of());

        StoredSample found = s.find(People.RU, List.of("S-1", "S-9")).getFirst();
        assertThat(found.bodyTag()).isEqualTo("BT-1");
        assertThat(found.steps().get(1).caseId()).contains("case-1");
        assertThat(found.steps().getLast().identifiedAs()).contains(who);
        assertThatThrownBy(() -> s.step(People.RU, ID, "S-1", found.steps().getLast(), List.of()))
                .isInstanceOf(DuplicateException.class);
    }
}
