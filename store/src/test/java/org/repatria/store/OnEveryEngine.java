package org.repatria.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.repatria.store.internal.lock.AdvisoryLock;
import org.repatria.store.internal.lock.LockFile;

/** Runs the subclass's tests once per {@link TestEngine}, each test on a fresh, empty store. */
@ParameterizedClass(name = "{0}")
@MethodSource("org.repatria.store.TestEngine#engines")
public abstract class OnEveryEngine {
    @Parameter
    protected TestEngine engine;
    @TempDir
    protected Path dir;
    private TestEngine.TestDatabase db;

    @BeforeEach
    void openStore() {
        db = engine.open(dir);
    }

    @AfterEach
    void closeStore() {
        if (db != null) {
            db.close();
        }
    }

    protected Store store() {
        return db.store();
    }

    /**
     * Takes the log-writer lock away from its holder without telling it, as a PostgreSQL restart (its session ends) or
     * an operator deleting the embedded lock file would.
     */
    protected void loseLogLock() throws IOException {
        switch (engine) {
            case EMBEDDED -> Files.delete(dir.resolve("repatria.sqlite" + LockFile.SUFFIX));
            case POSTGRESQL -> TestEngine.sql(db.url(), "SELECT pg_terminate_backend(pid, 5000) FROM pg_locks"
                    + " WHERE locktype = 'advisory' AND classid = " + AdvisoryLock.KEY + " AND objid = 'log_entries'::regclass::oid"
                    + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        }
    }

    /** Runs one SQL statement on this test's database behind the store's back, as an operator's client would. */
    protected void sqlBehindTheStore(String statement) {
        TestEngine.sql(db.url().isEmpty() ? "jdbc:sqlite:" + dir.resolve("repatria.sqlite") : db.url(), statement);
    }

    /** A second store on this test's database, as another server would open it; the caller closes it. */
    protected Store sameDatabase() {
        return db.url().isEmpty() ? Store.embedded(dir) : Store.connect(db.url(), dir.resolve(Store.READS));
    }
}
