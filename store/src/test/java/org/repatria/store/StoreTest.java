package org.repatria.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.list.PersonList;
import org.repatria.store.list.RowQuery;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void embeddedStoreCreatesItsDataDirectory() {
        Path data = dir.resolve("data/nested");

        try (Store store = Store.embedded(data)) {
            assertThat(data.resolve("repatria.sqlite")).isRegularFile();
        }
    }

    @Test
    void dataDirectoryItCreatesIsPrivateToItsOwner() throws Exception {
        Path data = dir.resolve("private");

        try (Store store = Store.embedded(data)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        }
    }

    @Test
    void embeddedEngineIsSqlite() {
        try (Store store = Store.embedded(dir)) {
            assertThat(store.engine()).isEqualTo("sqlite");
        }
    }

    @Test
    void reopenedStoreKeepsItsDataAndIsNotMigratedTwice() {
        PersonList list = SyntheticLists.generate(7, People.UA, People.T0, 3);
        try (Store store = Store.embedded(dir)) {
            People.addParties(store);
            store.lists().add(list);
        }

        try (Store store = Store.embedded(dir)) {
            assertThat(store.lists().headers()).containsExactly(list.header());
        }
    }

    @Test
    void sqliteUrlOpensTheSameEngine() {
        try (Store store = Store.connect("jdbc:sqlite:" + dir.resolve("other.sqlite"))) {
            assertThat(store.engine()).isEqualTo("sqlite");
        }
    }

    @Test
    void h2UrlOpensAWorkingH2Store() {
        PersonList list = SyntheticLists.generate(8, People.UA, People.T0, 5);
        try (Store store = Store.connect("jdbc:h2:file:" + dir.toAbsolutePath().resolve("h2") + ";MODE=PostgreSQL")) {
            People.addParties(store);
            store.lists().add(list);

            assertThat(store.engine()).isEqualTo("h2");
            assertThat(store.lists().rows(list.header().id(), RowQuery.first(10)).rows()).isEqualTo(list.rows());
        }
    }

    @Test
    void unsupportedUrlIsRefusedWithoutEchoingItsPassword() {
        assertThatThrownBy(() -> Store.connect("jdbc:mysql://db/repatria?user=u&password=secret"))
                .isInstanceOf(StoreException.class).hasMessageContaining("unsupported database URL 'jdbc:mysql://db/repatria?...'")
                .hasMessageNotContaining("secret");
    }

    @Test
    void inMemorySqliteIsRefusedPointingToATemporaryDirectory() {
        assertThatThrownBy(() -> Store.connect("jdbc:sqlite::memory:")).isInstanceOf(StoreException.class)
                .hasMessageContaining("use Store.embedded(DIR) with a temporary directory");
    }

    @Test
    void unreachablePostgresqlIsAStoreErrorThatSaysWhatToCheck() {
        assertThatThrownBy(() -> Store.connect("jdbc:postgresql://127.0.0.1:1/repatria?user=u&password=secret&connectTimeout=2"))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot connect to the postgresql database")
                .hasMessageContaining("check the URL").hasMessageNotContaining("secret");
    }

    @Test
    void dataDirectoryThatIsAFileIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

        assertThatThrownBy(() -> Store.embedded(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot create the data directory " + file);
    }

    @Test
    void closedStoreFailsWithAStoreException() {
        Store store = Store.embedded(dir);
        store.close();

        assertThatThrownBy(() -> store.parties().all()).isInstanceOf(StoreException.class)
                .hasMessageContaining("could not read parties in the sqlite database");
    }

    @Test
    void theEmbeddedLogLockFileSitsBesideTheDatabaseAndNamesItsHolderWhileHeld() throws Exception {
        Path lockFile = dir.resolve("repatria.sqlite-writer.lock");
        try (Store store = Store.embedded(dir)) {
            store.log().claimWriter();
            assertThat(Files.readString(lockFile)).startsWith("process " + ProcessHandle.current().pid() + " on ");
        }

        assertThat(Files.readString(lockFile)).isEmpty();
    }

    @Test
    void anH2FileDatabaseHasOneLogWriterToo() {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("h2") + ";MODE=PostgreSQL";
        try (Store first = Store.connect(url); Store second = Store.connect(url)) {
            first.log().claimWriter();

            assertThatThrownBy(() -> second.log().claimWriter()).isInstanceOf(LogHeldException.class)
                    .hasMessageContaining("h2-writer.lock");
        }
    }

    @Test
    void anInMemoryH2DatabaseIsRefusedTheLogSayingWhatToUse() {
        try (Store store = Store.connect("jdbc:h2:mem:log-" + dir.getFileName() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL")) {
            assertThatThrownBy(() -> store.log().claimWriter()).isInstanceOf(StoreException.class)
                    .hasMessageContaining("only enforced for a file database").hasMessageContaining("PostgreSQL");
        }
    }
}
