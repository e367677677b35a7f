package org.repatria.server.desk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.person.Person;
import org.repatria.core.request.RowStatus;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.request.RequestMessages.AnswerReply;
import org.repatria.server.request.RequestMessages.NameReply;
import org.repatria.server.request.RequestMessages.RequestReply;
import org.repatria.server.request.RequestMessages.RowReply;
import org.repatria.server.request.RequestMessages.RowsReply;
import org.repatria.server.request.Requests;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.store.Store;

/**
 * A page of a request list's rows as the desk shows them: the person asked for (from the list, which the reader may
 * read), the status now and every answer, superseded ones marked. A children's list read by an account that does not
 * work children's cases has no rows here: {@link Requests#rows} refuses it, and the page shows counts only.
 */
final class RequestRows {
    static final int PAGE = 50;
    /** The refusals of {@link Requests#rows} that leave the reader the counts. */
    private static final Set<String> COUNTS_ONLY = Set.of("counts_only", ChildRecords.CHILDREN_ONLY);
    private final Requests requests;
    private final Store store;
    private final ChildRecords children;

    RequestRows(Requests requests, Store store, ChildRecords children) {
        this.requests = requests;
        this.store = store;
        this.children = children;
    }

    /** Every list's title by id (the caller shows only those of lists its reader may see). */
    Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        for (ListHeader h : store.lists().headers()) {
            titles.put(h.id().toString(), h.title());
        }
        return titles;
    }

    /**
     * Why {@code reader} sees only the counts of {@code r}'s list, in {@code t}'s words: an observer reads no request's
     * rows, and a children's list's rows need the children permission. Empty when the reader sees the rows.
     */
    Optional<String> countsOnly(Account reader, RequestReply r, Text t) {
        if (reader.role() == Role.OBSERVER) {
            return Optional.of(t.get("requests.countsOnly.observer"));
        }
        return "CHILD".equals(r.category()) && !children.mayRead(reader) ? Optional.of(t.get("requests.countsOnly"))
                : Optional.empty();
    }

    /** The offset the page's query asks for (0 when none or not a number). */
    static int offset(AdmittedRequest call) {
        try {
            return Math.max(0, Integer.parseInt(Optional.ofNullable(call.ctx().queryParam("offset")).orElse("0")));
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid("offset", "the offset is a row number, 0 or more");
        }
    }

    Optional<RequestViews.Rows> page(Account reader, RequestReply r, Optional<RowStatus> status, int offset, String href,
                                     Text t) {
        RowsReply reply;
        try {
            reply = requests.rows(reader, r.listId(), Optional.of(r.requestedParty()), status, offset, PAGE);
        } catch (HttpProblem refused) {
            if (refused.status() == 403 && COUNTS_ONLY.contains(refused.code())) {
                return Optional.empty(); // counts only: an observer, or a children's list read without the permission
            }
            throw refused;
        }
        return Optional.of(page(reply, r, status, href, t));
    }

    private RequestViews.Rows page(RowsReply reply, RequestReply r, Optional<RowStatus> status, String href, Text t) {
        Map<String, Person> persons = store.lists().personsByRowId(ListId.parse(r.listId()),
                reply.rows().stream().map(RowReply::rowId).toList());
        List<RequestViews.Row> rows = new ArrayList<>();
        for (RowReply row : reply.rows()) {
            String person = Optional.ofNullable(persons.get(row.rowId())).map(p -> p.name().full()).orElse("");
            List<RequestViews.Answer> history = new ArrayList<>();
            for (int i = 0; i < row.history().size(); i++) {
                history.add(answer(row.history().get(i), i < row.history().size() - 1, t));
            }
            rows.add(new RequestViews.Row(row.rowId(), person, row.status(), RequestFigures.status(t, row.status()),
                    Optional.ofNullable(row.answeredAt()).map(t::when).orElse(""), history));
        }
        int from = reply.offset() + 1;
        int to = reply.offset() + reply.rows().size();
        String showing = reply.rows().isEmpty() ? t.get("list.noRows")
                : t.format("list.showing", t.number(from), t.number(to), t.number(reply.total()));
        String base = href + status.map(s -> "&status=" + s.token()).orElse("") + "&offset=";
        Optional<String> previous = reply.offset() > 0 ? Optional.of(base + Math.max(0, reply.offset() - PAGE)) : Optional.empty();
        Optional<String> next = to < reply.total() ? Optional.of(base + to) : Optional.empty();
        return new RequestViews.Rows(showing, List.copyOf(rows), previous, next);
    }

    private static RequestViews.Answer answer(AnswerReply a, boolean superseded, Text t) {
        return new RequestViews.Answer(RequestFigures.status(t, a.status()), a.date(), a.place(), name(a.nameHeld()),
                a.note(), Optional.ofNullable(a.answeredAt()).map(t::when).orElse(""), a.document(), superseded);
    }

    static String name(NameReply n) {
        return n == null ? "" : String.join(" ", Stream.of(n.surname(), n.givenName(), n.patronymic())
                .filter(s -> s != null && !s.isBlank()).toList());
    }
}
