package org.repatria.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.repatria.store.backup.Backups;
import org.repatria.store.child.CandidateDecisions;
import org.repatria.store.child.ChildCaseFiles;
import org.repatria.store.child.ChildReads;
import org.repatria.store.death.DeathRecords;
import org.repatria.store.exchange.Exchanges;
import org.repatria.store.exchange.TakenSamples;
import org.repatria.store.genetic.Cases;
import org.repatria.store.inquiry.InquiryAlerts;
import org.repatria.store.inquiry.InquiryFiles;
import org.repatria.store.inquiry.InquiryReads;
import org.repatria.store.internal.engine.Database;
import org.repatria.store.internal.engine.Engine;
import org.repatria.store.internal.lock.WriterClaim;
import org.repatria.store.link.Runs;
import org.repatria.store.list.ColumnMappings;
import org.repatria.store.list.Lists;
import org.repatria.store.log.LogDocuments;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.LogSigners;
import org.repatria.store.party.Accounts;
import org.repatria.store.party.Parties;
import org.repatria.store.party.Permissions;
import org.repatria.store.party.SecondFactors;
import org.repatria.store.person.IndexedPersons;
import org.repatria.store.reads.ReadRecord;
import org.repatria.store.reunification.Reunifications;
import org.repatria.store.request.Requests;

/** The entry point to persistence: opens (and migrates) a database and hands out its repositories. */
public final class Store implements AutoCloseable {
    /** The directory, beside the embedded database, that holds the record of reads. */
    public static final String READS = "reads";
    private final HikariDataSource pool;
    private final Database db;
    private final WriterClaim writer;
    private final Path readsDir;
    private ReadRecord reads;

    private Store(HikariDataSource pool, Engine engine, Path readsDir) {
        Jdbi jdbi = Jdbi.create(pool);
        this.pool = pool;
        this.readsDir = readsDir;
        this.db = new Database(engine, jdbi);
        this.writer = new WriterClaim(engine, jdbi);
    }

    /**
     * The embedded database under {@code dataDir}, migrated to the current schema. A directory it
     * has to create is made readable by its owner only, as it will hold personal data.
     */
    public static Store embedded(Path dataDir) {
        try {
            if (!Files.isDirectory(dataDir)) {
                createPrivateDirectory(dataDir);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dataDir + " (" + e.getMessage()
                    + "); choose a writable directory", e);
        }
        return open(Engine.embedded(dataDir), dataDir.resolve(READS));
    }

    /**
     * The database a JDBC URL names ({@code jdbc:postgresql://...}, or an embedded one), migrated; its record of reads
     * in {@code data/reads} under the working directory.
     */
    public static Store connect(String jdbcUrl) {
        return connect(jdbcUrl, Path.of("data").resolve(READS));
    }

    /** As {@link #connect(String)}, with the record of reads kept in {@code readsDir} (docs/decisions/0165). */
    public static Store connect(String jdbcUrl, Path readsDir) {
        return open(Engine.of(jdbcUrl), readsDir);
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    static Store open(Engine engine) {
        return open(engine, Path.of("data").resolve(READS));
    }

    static Store open(Engine engine, Path readsDir) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(engine.pool());
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the " + engine.name() + " database (" + e.getMessage()
                    + "); check the URL, that the server runs and the credentials", e);
        }
        try {
            Flyway.configure(Store.class.getClassLoader()).dataSource(pool).locations("classpath:db/migration")
                    .placeholders(engine.placeholders()).load().migrate();
        } catch (RuntimeException e) { // FlywayException, or a driver error it did not wrap
            pool.close();
            throw new StoreException("cannot migrate the " + engine.name() + " database (" + e.getMessage()
                    + "); check that the account may create tables, or restore a backup", e);
        }
        return new Store(pool, engine, readsDir);
    }

    /** "sqlite", "h2" or "postgresql", for logs and health details. */
    public String engine() {
        return db.engine();
    }

    /** The parties to the talks. */
    public Parties parties() {
        return new Parties(db);
    }

    /** Accounts, their password hashes and bearer tokens. */
    public Accounts accounts() {
        return new Accounts(db);
    }

    /** Where each account stands (disabled, password change due) and the changes made to it (issue 17: accounts). */
    public org.repatria.store.account.Standings standings() {
        return new org.repatria.store.account.Standings(db);
    }

    /** The record of changes to accounts: who did what to which account, when (issue 17: accounts). */
    public org.repatria.store.account.AccountChanges accountChanges() {
        return new org.repatria.store.account.AccountChanges(db);
    }

    /** The bounded record of sign-ins and failures (issue 17: accounts). */
    public org.repatria.store.account.SignIns signIns() {
        return new org.repatria.store.account.SignIns(db);
    }

    /** What each account was granted beyond its role: children's cases, supervision. */
    public Permissions permissions() {
        return new Permissions(db);
    }

    /** Issue 17: the accounts' TOTP second factors and the parties that require one (docs/decisions/0183). */
    public SecondFactors secondFactors() {
        return new SecondFactors(db);
    }

    /** Children's cases beyond the signed lists: particulars, photographs, closures. */
    public ChildCaseFiles childCases() {
        return new ChildCaseFiles(db);
    }

    /** Reviewers' decisions on the child search's candidates for children's cases. */
    public CandidateDecisions candidateDecisions() {
        return new CandidateDecisions(db);
    }

    /** The record of reads of children's records. */
    public ChildReads childReads() {
        return new ChildReads(db);
    }

    /** Each party's saved header names for list import. */
    public ColumnMappings columnMappings() {
        return new ColumnMappings(db);
    }

    /** Person lists and their relays. */
    public Lists lists() {
        return new Lists(db);
    }

    /**
     * The verifiable log's entries, subtree hashes and checkpoints. Appending needs the database's log-writer lock,
     * which this store takes once and keeps until it is closed.
     */
    public LogEntries log() {
        return new LogEntries(db, writer);
    }

    /** The documents the log's entries submit, and each envelope's trail of entries. */
    public LogDocuments documents() {
        return new LogDocuments(db);
    }

    /** The parties' verifier keys, the log's signer keys and the witnesses' cosignatures. */
    public LogSigners signers() {
        return new LogSigners(db);
    }

    /** Backup of the whole database into one archive file, and its restore into an empty store (docs/decisions/0166). */
    public Backups backups() {
        return new Backups(db, readsDir);
    }

    /** The identification unit's DNA cases, search results and decisions. */
    public Cases cases() {
        return new Cases(db);
    }

    /** Match runs between lists and the links they found. */
    public Runs runs() {
        return new Runs(db);
    }

    /** Samples taken from received body bags and their chains (issue 16). */
    public TakenSamples samples() {
        return new TakenSamples(db);
    }

    /** Agreements, nominations, tranche plans, lifecycle moves, handover checks and acts. */
    public Exchanges exchanges() {
        return new Exchanges(db);
    }

    /** Guardian checks at children's handovers and the reunification records that close children's cases. */
    public Reunifications reunifications() {
        return new Reunifications(db);
    }

    /** Death records of confirmed identifications (issue 16, docs/decisions/0176). */
    public DeathRecords deathRecords() {
        return new DeathRecords(db);
    }

    /** Figures across exchanges, added up by the database (issue 17, docs/decisions/0180). */
    public org.repatria.store.figures.Tallies tallies() {
        return new org.repatria.store.figures.Tallies(db);
    }

    /** Relayed request lists answered person by person: deadlines, answers, each row's status, reminders. */
    public Requests requests() {
        return new Requests(db);
    }

    /** The person index's persons: joined lists, rows filed into persons, public ids and merges, verdicts. */
    public IndexedPersons persons() {
        return new IndexedPersons(db);
    }

    /** Families' inquiries: particulars, status and history. */
    public InquiryFiles inquiries() {
        return new InquiryFiles(db);
    }

    /** The alerts raised on inquiries and which sources each was checked against. */
    public InquiryAlerts inquiryAlerts() {
        return new InquiryAlerts(db);
    }

    /** The record of reads of inquiries. */
    public InquiryReads inquiryReads() {
        return new InquiryReads(db);
    }

    /**
     * The record of reads (docs/decisions/0165), kept apart from the database in its own directory; opened on first use.
     *
     * @throws StoreException when its directory cannot be opened
     */
    public synchronized ReadRecord reads() {
        if (reads == null) {
            reads = ReadRecord.open(readsDir);
        }
        return reads;
    }

    /** Closes the connection pool, then lets the log-writer lock go if this store held it; the repositories stop working. */
    @Override
    public void close() {
        // The lock outlives the pool, so no write of this store can land after another server took the log.
        try {
            pool.close();
        } finally {
            writer.release();
            synchronized (this) {
                if (reads != null) {
                    reads.close();
                }
            }
        }
    }
}
