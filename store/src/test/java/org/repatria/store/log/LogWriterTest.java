package org.repatria.store.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.store.LogHeldException;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.Store;
import org.repatria.store.StoreException;
import org.repatria.store.TestEngine;

/** One log writer per database: a second store is refused the log while the first holds it, on every engine. */
class LogWriterTest extends OnEveryEngine {

    @Test
    void aSecondStoreIsRefusedTheLogWhileTheFirstHoldsIt() {
        store().log().claimWriter();

        try (Store second = sameDatabase()) {
            assertThatThrownBy(() -> second.log().claimWriter()).isInstanceOf(LogHeldException.class)
                    .hasMessageStartingWith("another Repatria server holds the log of this database (")
                    .hasMessageEndingWith("); stop it first or point this one at another database");
        }
    }

    @Test
    void theRefusalSaysWhoHoldsTheLog() {
        store().log().claimWriter();

        try (Store second = sameDatabase()) {
            String expected = switch (engine) {
                case EMBEDDED -> "process " + ProcessHandle.current().pid() + " on ";
                case POSTGRESQL -> "'repatria log writer'";
            };
            assertThatThrownBy(() -> second.log().claimWriter()).hasMessageContaining(expected);
        }
    }

    @Test
    void theLogIsGrantedAgainOnceItsHolderIsClosed() {
        try (Store first = sameDatabase()) {
            first.log().claimWriter();
            assertThatThrownBy(() -> store().log().claimWriter()).isInstanceOf(LogHeldException.class);
        }

        assertThatCode(() -> store().log().claimWriter()).doesNotThrowAnyException();
    }

    @Test
    void claimingAgainThroughTheSameStoreKeepsTheOneLock() {
        store().log().claimWriter();
        store().log().claimWriter();

        try (Store second = sameDatabase()) {
            assertThatThrownBy(() -> second.log().claimWriter()).isInstanceOf(LogHeldException.class);
        }
    }

    @Test
    void aSecondStoreCannotAppendAndWritesNothing() {
        People.addParties(store());
        store().log().claimWriter();

        try (Store second = sameDatabase()) {
            assertThatThrownBy(() -> second.log().append(LogEntriesTest.batch(0, 2, "a"))).isInstanceOf(LogHeldException.class);
        }
        assertThat(store().log().size()).isZero();
        assertThat(store().documents().document("envelope-a0")).isEmpty();
    }

    @Test
    void appendingClaimsTheLogForTheStoreThatAppends() {
        People.addParties(store());
        store().log().append(LogEntriesTest.batch(0, 1, "a"));

        try (Store second = sameDatabase()) {
            assertThatThrownBy(() -> second.log().claimWriter()).isInstanceOf(LogHeldException.class);
        }
    }

    @Test
    void aSecondStoreStillReadsAndAdministersWhileTheLogIsHeld() {
        store().log().claimWriter();

        try (Store second = sameDatabase()) {
            second.parties().add(new Party(new PartyId("un"), "United Nations", PartyKind.OBSERVER));
            assertThat(second.log().size()).isZero();
        }
        assertThat(store().parties().find(new PartyId("un"))).isPresent();
    }

    @Test
    void anotherDatabaseHasALogOfItsOwn() {
        store().log().claimWriter();

        try (TestEngine.TestDatabase other = engine.open(dir.resolve("other"))) {
            assertThatCode(() -> other.store().log().claimWriter()).doesNotThrowAnyException();
        }
    }

    @Test
    void aLostLockIsTakenAgainByTheNextAppendWhenNoOneElseTookIt() throws Exception {
        People.addParties(store());
        store().log().claimWriter();
        loseLogLock();

        store().log().append(LogEntriesTest.batch(0, 1, "a"));

        assertThat(store().log().size()).isEqualTo(1);
        try (Store second = sameDatabase()) {
            assertThatThrownBy(() -> second.log().claimWriter()).isInstanceOf(LogHeldException.class);
        }
    }

    @Test
    void aLostLockThatAnotherStoreTookRefusesTheNextAppendAndWritesNothing() throws Exception {
        People.addParties(store());
        store().log().claimWriter();
        loseLogLock();

        try (Store second = sameDatabase()) {
            second.log().claimWriter();

            assertThatThrownBy(() -> store().log().append(LogEntriesTest.batch(0, 1, "a"))).isInstanceOf(LogHeldException.class);
        }
        assertThat(store().log().size()).isZero();
    }

    @Test
    void aClosedStoreCannotClaimTheLog() {
        Store closed = sameDatabase();
        closed.close();

        assertThatThrownBy(() -> closed.log().claimWriter()).isInstanceOf(StoreException.class)
                .hasMessageContaining("the store is closed");
    }
}
