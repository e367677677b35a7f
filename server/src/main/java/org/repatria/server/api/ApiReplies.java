package org.repatria.server.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.repatria.core.account.Account;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.lists.check.Problem;
import org.repatria.server.access.VisibleList;
import org.repatria.server.dashboard.DashboardFigures;
import org.repatria.store.list.RowPage;
import org.repatria.store.list.RowQuery;

/** The JSON the API answers with; enum values are written in lower case, as clients send them. */
final class ApiReplies {
    private ApiReplies() {
    }

    record Health(String status) {
    }

    record Token(String token, String tokenType, Instant expiresAt) {
    }

    record Me(String username, String displayName, String party, String role) {
        static Me of(Account a) {
            return new Me(a.username(), a.displayName(), a.party().value(), lower(a.role()));
        }
    }

    record PartyReply(String id, String name, String kind) {
        static PartyReply of(Party p) {
            return new PartyReply(p.id().value(), p.name(), lower(p.kind()));
        }
    }

    record Header(String id, String author, String purpose, String category, String title, Instant created,
                  int rowCount, List<String> relayedTo) {
        static Header of(VisibleList v, Account reader) {
            var h = v.header();
            return new Header(h.id().toString(), h.author().value(), lower(h.purpose()), lower(h.category()), h.title(),
                    h.created(), h.rowCount(), v.recipientsSeenBy(reader).stream().map(PartyId::value).sorted().toList());
        }
    }

    record Name(String surname, String givenName, String patronymic) {
        static Name of(PersonName n) {
            return new Name(n.surname(), n.givenName(), n.patronymic());
        }
    }

    /** One person; {@code details} holds the Geneva-Convention detail fields the list gave, by field name. */
    record Row(String id, String surname, String givenName, String patronymic, Name latin, String sex, String birthDate,
               String birthPlace, String militaryId, String rank, String unit, String category, Map<String, String> details) {
        static Row of(Person p) {
            Map<String, String> details = new TreeMap<>();
            p.details().values().forEach((field, value) -> details.put(lower(field), value.display()));
            return new Row(p.rowId(), p.name().surname(), p.name().givenName(), p.name().patronymic(), Name.of(p.latin()),
                    lower(p.sex()), p.birthDate().iso(), p.birthPlace(), p.militaryId(), p.rank(), p.unit(), lower(p.category()),
                    details);
        }
    }

    record Rows(int total, int offset, int limit, List<Row> rows) {
        static Rows of(RowPage page, RowQuery q) {
            return new Rows(page.total(), q.offset(), q.limit(), page.rows().stream().map(Row::of).toList());
        }
    }

    record Relayed(String list, List<String> relayedTo) {
    }

    record Stats(int lists, long persons, int own, int received, int awaitingRelay, Map<String, Long> personsByCategory) {
        static Stats of(DashboardFigures c) {
            Map<String, Long> byCategory = new TreeMap<>();
            c.personsByCategory().forEach((Category k, Long v) -> byCategory.put(lower(k), v));
            return new Stats(c.lists(), c.persons(), c.own(), c.received(), c.awaitingRelay(), byCategory);
        }
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** One problem of an imported list: the sheet row (1 = the file's first row, 0 = the file), the column, what is wrong. */
    record ListProblem(int row, String column, String severity, String message) {
        static List<ListProblem> of(List<Problem> problems, Locale locale) {
            return problems.stream().map(p -> new ListProblem(p.row(), p.column(), lower(p.severity()), p.message(locale))).toList();
        }
    }

    /** A refused import: the error code, a summary, and every problem. */
    record Rejected(String error, String message, List<ListProblem> problems) {
    }

    /**
     * A stored import: the list's header, the warnings the author accepted by importing, and where the list stands
     * on the log (with the statement to sign while it is not yet signed).
     */
    record Imported(Header list, List<ListProblem> warnings, ListDocumentReply document) {
    }

    /**
     * A list as a document on the log. {@code status} is {@code signed} (then {@code envelope_id}, the signed
     * {@code sha256}, {@code intact} — whether the stored rows still have that hash — and the {@code trail} of logged
     * steps with receipts) or {@code unsigned} (then, for the author, the {@code statement} to sign now and the
     * {@code sha256} of the list's canonical bytes it covers). Absent values are empty strings.
     */
    record ListDocumentReply(String status, String envelopeId, String sha256, boolean intact, List<LogStep> trail,
                             String statement) {
    }

    /** One logged step on a list's document: entry index, kind, signing party, key custody, and its receipt text. */
    record LogStep(long index, String kind, String signer, String custody, String receipt) {
    }
}
