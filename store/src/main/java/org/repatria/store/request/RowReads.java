package org.repatria.store.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;

/** The reads of request rows: a page in the list's order with each row's current status, and rows' histories. */
final class RowReads {
    private static final int IDS_PER_QUERY = 500;
    private static final String ANSWER = "SELECT a.row_id, a.status, a.answer_date, a.place, a.held_surname,"
            + " a.held_given_name, a.held_patronymic, a.note, a.envelope_id, a.submitted_sec, a.submitted_nano"
            + " FROM request_answers a JOIN request_documents d ON d.envelope_id = a.envelope_id";

    private RowReads() {
    }

    static RequestRowPage page(Handle h, ListId list, PartyId party, View view, Optional<RowStatus> status, int offset,
                               int limit) {
        String prefix = view == View.SHOWN ? "q.shown_" : "q.";
        String statusColumn = view == View.SHOWN ? "q.shown_status" : "q.status";
        String from = " FROM list_rows r LEFT JOIN request_rows q ON q.list_id = r.list_id AND q.party_id = ?"
                + " AND q.row_id = r.row_id WHERE r.list_id = ?"
                + status.map(s -> s == RowStatus.UNANSWERED ? " AND " + statusColumn + " IS NULL"
                        : " AND " + statusColumn + " = ?").orElse("");
        var count = h.createQuery("SELECT COUNT(*)" + from).bind(0, party.value()).bind(1, list.toString());
        var rows = h.createQuery("SELECT r.row_id, " + statusColumn + ", " + prefix + (view == View.SHOWN ? "sec" : "answered_sec")
                + ", " + prefix + (view == View.SHOWN ? "nano" : "answered_nano") + from
                + " ORDER BY r.row_no LIMIT ? OFFSET ?").bind(0, party.value()).bind(1, list.toString());
        int next = 2;
        if (status.isPresent() && status.get() != RowStatus.UNANSWERED) {
            count.bind(2, status.get().token());
            rows.bind(2, status.get().token());
            next = 3;
        }
        int total = count.mapTo(Integer.class).one();
        List<RequestRow> page = rows.bind(next, limit).bind(next + 1, offset).map((rs, ctx) -> row(rs)).list();
        return new RequestRowPage(total, page);
    }

    private static RequestRow row(ResultSet rs) throws SQLException {
        String status = rs.getString(2);
        if (status == null) {
            return new RequestRow(rs.getString(1), RowStatus.UNANSWERED, Optional.empty());
        }
        return new RequestRow(rs.getString(1), RowStatus.ofToken(status),
                Optional.of(Instant.ofEpochSecond(rs.getLong(3), rs.getInt(4))));
    }

    static Map<String, List<StoredAnswer>> history(Handle h, ListId list, PartyId party, View view,
                                                   Collection<String> rowIds) {
        Map<String, List<StoredAnswer>> out = new LinkedHashMap<>();
        List<String> wanted = List.copyOf(rowIds);
        for (int from = 0; from < wanted.size(); from += IDS_PER_QUERY) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + IDS_PER_QUERY));
            var q = h.createQuery(ANSWER + " WHERE a.list_id = ? AND a.party_id = ?" + shown(view) + " AND a.row_id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")"
                    + " ORDER BY a.submitted_sec, a.submitted_nano, a.line_no").bind(0, list.toString()).bind(1, party.value());
            for (int i = 0; i < chunk.size(); i++) {
                q.bind(2 + i, chunk.get(i));
            }
            q.map((rs, ctx) -> answer(rs)).forEach(a -> out.computeIfAbsent(a.answer().rowId(), k -> new ArrayList<>()).add(a));
        }
        return out;
    }

    static List<StoredAnswer> all(Handle h, ListId list, PartyId party, View view) {
        return h.createQuery(ANSWER + " WHERE a.list_id = ? AND a.party_id = ?" + shown(view)
                        + " ORDER BY a.submitted_sec, a.submitted_nano, a.line_no").bind(0, list.toString())
                .bind(1, party.value()).setFetchSize(1_000).map((rs, ctx) -> answer(rs)).list();
    }

    private static String shown(View view) {
        return view == View.SHOWN ? " AND d.shown = 1" : "";
    }

    private static StoredAnswer answer(ResultSet rs) throws SQLException {
        RowAnswer a = new RowAnswer(rs.getString(1), RowStatus.ofToken(rs.getString(2)), PartialDate.parseIso(rs.getString(3)),
                rs.getString(4), new PersonName(rs.getString(5), rs.getString(6), rs.getString(7)), rs.getString(8));
        return new StoredAnswer(a, rs.getString(9), Instant.ofEpochSecond(rs.getLong(10), rs.getInt(11)));
    }
}
