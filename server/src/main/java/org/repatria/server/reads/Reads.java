package org.repatria.server.reads;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import io.javalin.config.Key;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListHeader;
import org.repatria.core.person.Category;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.store.Store;
import org.repatria.store.reads.ReadKind;
import org.repatria.store.reads.ReadPage;
import org.repatria.store.reads.ReadRecord;
import org.repatria.store.reads.RecordedRead;

/**
 * The record of reads (docs/decisions/0165). A read route calls one static method here ({@link #list}, {@link #persons},
 * {@link #genetic}, {@link #children}) once it has read what it will reply with, so a refused read records nothing and an allowed one records exactly once: who (account, party, role), what
 * (the request's path and the ids read), how many rows, when (the server's clock). Supervisors read the record
 * through {@link #page} and {@link #csv}.
 */
public final class Reads {
    /** Where the server keeps its {@code Reads} for the read routes' hooks. */
    public static final Key<Reads> KEY = new Key<>("repatria.reads");
    /** The most reads one CSV export holds. */
    public static final int MAX_EXPORT = 100_000;
    private final Store store;
    private final Clock clock;

    private Reads(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The record kept beside {@code store}, dated by {@code clock}. */
    public static Reads of(Store store, Clock clock) {
        return new Reads(store, clock);
    }

    /** A read of {@code rows} rows of a list: children's records when it is a children's list, else persons' rows. */
    public static void list(AdmittedRequest call, ListHeader list, int rows) {
        of(call).record(call, list.category() == Category.CHILD ? ReadKind.CHILDREN : ReadKind.PERSONS,
                List.of(list.id().toString()), rows);
    }

    /**
     * A read of persons' rows from several lists (a search, a person's page): {@code ids} names what was asked for (the
     * persons), {@code rowLists} holds each row's list, one per row read; children's records when one of them is.
     */
    public static void rows(AdmittedRequest call, List<String> ids, List<ListHeader> rowLists) {
        boolean child = rowLists.stream().anyMatch(h -> h.category() == Category.CHILD);
        of(call).record(call, child ? ReadKind.CHILDREN : ReadKind.PERSONS, ids, rowLists.size());
    }

    /** A read of persons' rows named by {@code ids} (persons, lists, rows). */
    public static void persons(AdmittedRequest call, List<String> ids, int rows) {
        of(call).record(call, ReadKind.PERSONS, ids, rows);
    }

    /** A read of genetic data: profiles, kinship results, an identification page. */
    public static void genetic(AdmittedRequest call, List<String> ids, int rows) {
        of(call).record(call, ReadKind.GENETIC, ids, rows);
    }

    /** A read of children's records: a case, a photograph, a children's list. */
    public static void children(AdmittedRequest call, List<String> ids, int rows) {
        of(call).record(call, ReadKind.CHILDREN, ids, rows);
    }

    /** The server's record, as the server put it in the request's application data ({@link #KEY}). */
    static Reads of(AdmittedRequest call) {
        return call.ctx().appData(KEY);
    }

    /**
     * Appends one read by the request's account: what is the request's method and path, {@code ids} what it named.
     *
     * @throws org.repatria.store.StoreException when the record cannot be written: the read is then refused
     */
    public RecordedRead record(AdmittedRequest call, ReadKind kind, List<String> ids, int rows) {
        Account a = call.account();
        return store.reads().append(clock.instant(), a.username(), a.party().value(), a.role().name().toLowerCase(Locale.ROOT),
                kind, call.ctx().method().name() + " " + call.ctx().path(), ids, Math.max(0, rows));
    }

    /**
     * The page of the record the supervisor may see: the mediator's supervisor every read, a party's supervisor the
     * reads by its own party's accounts.
     *
     * @throws org.repatria.server.error.HttpProblem 403 {@code supervisors_only}; 400 naming a filter not understood
     */
    public ReadPage page(Account supervisor, ReadSearch search) {
        return store.reads().page(search.filter(scope(supervisor)));
    }

    /** The same reads as CSV (header {@code seq,at,username,party,role,kind,what,ids,rows,mass}), up to {@link #MAX_EXPORT}. */
    public byte[] csv(Account supervisor, ReadSearch search) {
        ReadPage all = store.reads().export(search.filter(scope(supervisor)), MAX_EXPORT);
        StringBuilder out = new StringBuilder("seq,at,username,party,role,kind,what,ids,rows,mass\r\n");
        all.broken().ifPresent(b -> out.append("# the record's chain is broken at ").append(cell(b.toString())).append("\r\n"));
        for (RecordedRead r : all.reads()) {
            out.append(String.join(",", Long.toString(r.seq()), r.at().toString(), cell(r.username()), cell(r.party()),
                    cell(r.role()), r.kind().token(), cell(r.what()), cell(String.join(" ", r.ids())),
                    Integer.toString(r.rows()), r.mass() ? "yes" : "no")).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the account may read the record: a supervisor of the mediator or of a party (docs/decisions/0147). */
    public boolean supervises(Account account) {
        return new ChildRecords(store, clock).supervises(account);
    }

    private String scope(Account supervisor) {
        new ChildRecords(store, clock).requireSupervisor(supervisor);
        return supervisor.role() == Role.MEDIATOR ? "" : supervisor.party().value();
    }

    private static String cell(String v) {
        String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r") || !safe.equals(v);
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
