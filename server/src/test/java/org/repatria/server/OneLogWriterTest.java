package org.repatria.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.LogHeldException;
import org.repatria.store.Store;

/** A database's log has one writer: a second server on it is refused before it reads the log or serves anything. */
class OneLogWriterTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    @Test
    void aSecondServerOnTheSameDatabaseIsRefusedSayingWhatToDo() {
        try (Fixture world = new Fixture(dir, 3); Store second = Store.embedded(dir)) {
            Server first = Server.start(ServerConfig.of(world.store).withHost("127.0.0.1").withPort(0));
            try {
                assertThatThrownBy(() -> Server.start(ServerConfig.of(second).withHost("127.0.0.1").withPort(0)))
                        .isInstanceOf(LogHeldException.class)
                        .hasMessageContaining("another Repatria server holds the log of this database")
                        .hasMessageContaining("stop it first or point this one at another database");
            } finally {
                first.stop();
            }
        }
    }

    @Test
    void aServerStartsOnceTheHolderHasStoppedAndClosedItsStore() {
        try (Fixture world = new Fixture(dir, 3)) {
            Server.start(ServerConfig.of(world.store).withHost("127.0.0.1").withPort(0)).stop();
        }

        try (Store next = Store.embedded(dir)) {
            Server server = Server.start(ServerConfig.of(next).withHost("127.0.0.1").withPort(0));
            server.stop();
            assertThat(server.log().checkpoint().checkpoint().size()).isZero();
        }
    }

    @Test
    void theDemoIsNotSeededIntoADatabaseWhoseLogAnotherServerHolds() {
        try (Store holder = Store.embedded(dir); TransparencyLog log = TransparencyLog.open(holder, Clock.systemUTC());
             Store second = Store.embedded(dir)) {
            assertThatThrownBy(() -> DemoScenario.seedIfEmpty(second, QUIET)).isInstanceOf(LogHeldException.class);

            assertThat(second.parties().all()).isEmpty();
            assertThat(second.accounts().all()).isEmpty();
            assertThat(log.checkpoint().checkpoint().size()).isZero();
        }
    }

    @Test
    void stoppingTheServerKeepsTheLogWithItsStoreUntilTheStoreCloses() {
        try (Fixture world = new Fixture(dir, 3); Store second = Store.embedded(dir)) {
            Server.start(ServerConfig.of(world.store).withHost("127.0.0.1").withPort(0)).stop();

            assertThatThrownBy(() -> second.log().claimWriter()).isInstanceOf(LogHeldException.class);
        }
    }
}
