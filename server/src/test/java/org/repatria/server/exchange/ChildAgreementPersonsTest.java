package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.server.Fixture;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ChildWorkers;
import org.repatria.store.exchange.StoredAgreement;

/** An agreement exchanging children shows its persons only to the sides' child workers and the mediator (0147). */
class ChildAgreementPersonsTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(3);
    private static AgreementAccess access;

    @BeforeAll
    static void childWorkers() {
        ChildWorkers.add(running);
        access = new AgreementAccess(running.world().store, null, new ChildRecords(running.world().store, Clock.systemUTC()));
    }

    private static StoredAgreement of(AgreementKind kind) {
        return new StoredAgreement("a-" + kind.token(), kind.name(), Fixture.A, Fixture.B, Fixture.MEDIATOR,
                Instant.parse("2025-06-02T09:00:00Z"), OptionalInt.of(2));
    }

    @Test
    void aSidesOtherDeskSeesNoChildOfAChildrensAgreement() {
        assertThat(access.seesPersons(Who.A_DESK.account(), of(AgreementKind.CHILDREN))).isFalse();
        assertThat(access.seesPersons(Who.OBSERVER_DESK.account(), of(AgreementKind.CHILDREN))).isFalse();
    }

    @Test
    void theSidesChildWorkersAndTheMediatorSeeTheChildren() {
        var uaChildren = running.world().store.accounts().find(ChildWorkers.UA_CHILDREN).orElseThrow();
        var ruChildren = running.world().store.accounts().find(ChildWorkers.RU_CHILDREN).orElseThrow();

        assertThat(access.seesPersons(uaChildren, of(AgreementKind.CHILDREN))).isTrue();
        assertThat(access.seesPersons(ruChildren, of(AgreementKind.CHILDREN))).isTrue();
        assertThat(access.seesPersons(Who.MEDIATOR_DESK.account(), of(AgreementKind.CHILDREN))).isTrue();
    }

    @Test
    void aPrisonersAgreementIsReadByTheSidesDesksAsBefore() {
        assertThat(access.seesPersons(Who.A_DESK.account(), of(AgreementKind.PRISONERS))).isTrue();
    }
}
