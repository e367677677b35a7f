package org.repatria.store.reunification;

import java.util.List;
import java.util.Optional;
import org.repatria.core.agreement.PersonRef;
import org.repatria.store.internal.engine.Database;
import org.repatria.store.log.EntryRows;

/** Guardian checks and reunification records; the caller (the server) decides who may read or write what. */
public final class Reunifications {
    private final Database db;

    public Reunifications(Database db) {
        this.db = db;
    }

    /** Stores a guardian check; a second check of the same child in the same agreement is a duplicate. */
    public void checkGuardian(GuardianRecord check) {
        db.write("record the guardian check of child " + check.child(), "the guardian of child " + check.child()
                + " was checked already in agreement " + check.agreementId(), h -> {
                    ReunionRows.insertCheck(h, check);
                    return null;
                });
    }

    /** The guardian check of {@code child} in agreement {@code agreementId}, when one was recorded. */
    public Optional<GuardianRecord> guardian(String agreementId, PersonRef child) {
        return db.read("read the guardian check of child " + child, h -> ReunionRows.check(h, agreementId, child));
    }

    /** Every guardian check of the agreement, in the order recorded. */
    public List<GuardianRecord> guardians(String agreementId) {
        return db.read("read the guardian checks of agreement " + agreementId, h -> ReunionRows.checks(h, agreementId));
    }

    /** The rows of a reunification, to store with the signed record's log entry; a child or request row reunified is a duplicate. */
    public EntryRows recording(ReunionRecord record) {
        return EntryRows.of("child " + record.child() + " (request row " + record.request() + ") is reunified already",
                h -> ReunionRows.insertReunion(h, record));
    }

    /** The reunification of the child's row or of the request row, when either was recorded. */
    public Optional<ReunionRecord> reunion(PersonRef child, PersonRef request) {
        return db.read("read the reunification of child " + child, h -> ReunionRows.reunion(h, child, request));
    }

    /** The agreement's reunifications, in the order recorded. */
    public List<ReunionRecord> reunions(String agreementId) {
        return db.read("read the reunifications of agreement " + agreementId, h -> ReunionRows.reunions(h, agreementId));
    }
}
