package org.repatria.server.child;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.child.ChildRead;
import org.repatria.store.child.ReadQuery;
import org.repatria.store.child.RecordPart;

/**
 * The record of reads of children's records, for supervisors (docs/decisions/0147): a party's supervisor sees the reads
 * by its own party's accounts and the reads of its own party's children's lists; the mediator's supervisor sees all.
 */
public final class ReadLog {
    /** The most reads one CSV export holds. */
    public static final int MAX_EXPORT = 100_000;
    private final Store store;
    private final ChildRecords records;

    /** The reads kept in {@code store}; supervisors told apart by {@code records}. */
    public ReadLog(Store store, ChildRecords records) {
        this.store = store;
        this.records = records;
    }

    /** What a supervisor asks for: the subject ({@code child}, the only one), optional filters and a page. */
    public record Filter(Optional<String> subject, Optional<String> username, Optional<String> list, Optional<String> what,
                         int offset, int limit) {
    }

    /** A page of reads and how many the filter selects. */
    public record Page(int total, int offset, int limit, List<ChildRead> reads) {
    }

    /**
     * The page of reads the supervisor may see that the filter selects, newest first.
     *
     * @throws HttpProblem 403 {@code supervisors_only}; 400 naming a filter that is not understood
     */
    public Page page(Account supervisor, Filter f) {
        ReadQuery q = query(supervisor, f, f.offset(), f.limit());
        return new Page(store.childReads().count(q), f.offset(), f.limit(), store.childReads().page(q));
    }

    /** The same reads as CSV (header {@code at,username,party,role,list_id,list_author,row_id,what}), newest first. */
    public byte[] csv(Account supervisor, Filter f) {
        ReadQuery q = query(supervisor, f, 0, ReadQuery.MAX_LIMIT);
        StringBuilder out = new StringBuilder("at,username,party,role,list_id,list_author,row_id,what\r\n");
        int offset = 0;
        while (offset < MAX_EXPORT) {
            List<ChildRead> page = store.childReads().page(new ReadQuery(q.scope(), q.username(), q.list(), q.what(),
                    offset, ReadQuery.MAX_LIMIT));
            page.forEach(r -> out.append(String.join(",", r.at().toString(), cell(r.username()), r.party().value(),
                    r.role().name().toLowerCase(Locale.ROOT), r.list().toString(), r.listAuthor().value(),
                    cell(r.rowId().orElse("")), r.what().token())).append("\r\n"));
            if (page.size() < ReadQuery.MAX_LIMIT) {
                break;
            }
            offset += page.size();
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private ReadQuery query(Account supervisor, Filter f, int offset, int limit) {
        records.requireSupervisor(supervisor);
        String subject = f.subject().map(String::strip).filter(s -> !s.isEmpty()).orElse("child");
        if (!subject.equals("child")) {
            throw HttpProblem.invalid("subject", "is 'child': the record of reads covers children's records");
        }
        Optional<PartyId> scope = supervisor.role() == Role.MEDIATOR ? Optional.empty() : Optional.of(supervisor.party());
        Optional<String> username = f.username().map(String::strip).filter(s -> !s.isEmpty());
        if (username.isPresent() && username.get().length() > 64) {
            throw HttpProblem.invalid("username", "is longer than a username (64 characters)");
        }
        Optional<ListId> list = f.list().map(String::strip).filter(s -> !s.isEmpty()).map(raw -> {
            try {
                return ListId.parse(raw);
            } catch (IllegalArgumentException e) {
                throw HttpProblem.invalid("list", "is not a list id (a UUID)");
            }
        });
        Optional<RecordPart> what = f.what().map(String::strip).filter(s -> !s.isEmpty()).map(raw -> RecordPart.ofToken(raw)
                .orElseThrow(() -> HttpProblem.invalid("what", "is one of rows, case, export, document, photo, answers, matches")));
        return new ReadQuery(scope, username, list, what, offset, limit);
    }

    private static String cell(String v) {
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                || (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0);
        String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
