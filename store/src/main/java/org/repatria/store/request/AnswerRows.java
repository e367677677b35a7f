package org.repatria.store.request;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.repatria.core.request.RowAnswer;

/** The writes of answers: a document's answers with each row's current status, and showing relayed documents. */
final class AnswerRows {
    private static final int BATCH = 1_000;

    private AnswerRows() {
    }

    /** Stores {@code d}: its document row, every answer, and each answered row's current (submitted) status. */
    static void write(Handle h, AnswersDocument d) {
        long sec = d.submitted().getEpochSecond();
        int nano = d.submitted().getNano();
        h.createUpdate("INSERT INTO request_documents (envelope_id, list_id, party_id, answer_count, submitted_sec,"
                        + " submitted_nano, shown) VALUES (?, ?, ?, ?, ?, ?, 0)")
                .bind(0, d.envelopeId()).bind(1, d.list().toString()).bind(2, d.party().value())
                .bind(3, d.answers().size()).bind(4, sec).bind(5, nano).execute();
        Set<String> answered = new HashSet<>(h.createQuery("SELECT row_id FROM request_rows WHERE list_id = ? AND party_id = ?")
                .bind(0, d.list().toString()).bind(1, d.party().value()).mapTo(String.class).list());
        List<RowAnswer> all = d.answers();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<RowAnswer> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
            PreparedBatch answers = h.prepareBatch("INSERT INTO request_answers (envelope_id, line_no, list_id, party_id,"
                    + " row_id, status, answer_date, place, held_surname, held_given_name, held_patronymic, note,"
                    + " submitted_sec, submitted_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            PreparedBatch updates = h.prepareBatch("UPDATE request_rows SET status = ?, envelope_id = ?, answered_sec = ?,"
                    + " answered_nano = ? WHERE list_id = ? AND party_id = ? AND row_id = ?");
            PreparedBatch inserts = h.prepareBatch("INSERT INTO request_rows (list_id, party_id, row_id, status, envelope_id,"
                    + " answered_sec, answered_nano) VALUES (?, ?, ?, ?, ?, ?, ?)");
            for (int i = 0; i < chunk.size(); i++) {
                RowAnswer a = chunk.get(i);
                answers.bind(0, d.envelopeId()).bind(1, from + i + 1).bind(2, d.list().toString()).bind(3, d.party().value())
                        .bind(4, a.rowId()).bind(5, a.status().token()).bind(6, a.date().iso()).bind(7, a.place())
                        .bind(8, a.nameHeld().surname()).bind(9, a.nameHeld().givenName())
                        .bind(10, a.nameHeld().patronymic()).bind(11, a.note()).bind(12, sec).bind(13, nano).add();
                if (answered.contains(a.rowId())) {
                    updates.bind(0, a.status().token()).bind(1, d.envelopeId()).bind(2, sec).bind(3, nano)
                            .bind(4, d.list().toString()).bind(5, d.party().value()).bind(6, a.rowId()).add();
                } else {
                    inserts.bind(0, d.list().toString()).bind(1, d.party().value()).bind(2, a.rowId())
                            .bind(3, a.status().token()).bind(4, d.envelopeId()).bind(5, sec).bind(6, nano).add();
                }
            }
            answers.execute();
            if (updates.size() > 0) {
                updates.execute();
            }
            if (inserts.size() > 0) {
                inserts.execute();
            }
        }
    }

    /**
     * Shows document {@code envelopeId} to the requesting side: each of its rows shows its answer, unless a later
     * submitted answer is shown already. Whether it was shown now (false: shown before).
     */
    static boolean show(Handle h, String envelopeId) {
        if (h.createUpdate("UPDATE request_documents SET shown = 1 WHERE envelope_id = ? AND shown = 0")
                .bind(0, envelopeId).execute() != 1) {
            return false;
        }
        Doc d = h.createQuery("SELECT list_id, party_id, submitted_sec, submitted_nano FROM request_documents"
                + " WHERE envelope_id = ?").bind(0, envelopeId).map((rs, ctx) -> new Doc(rs.getString(1), rs.getString(2),
                rs.getLong(3), rs.getInt(4))).one();
        long sec = d.sec();
        int nano = d.nano();
        h.createUpdate("UPDATE request_rows SET shown_status = (SELECT a.status FROM request_answers a WHERE a.envelope_id = ?"
                        + " AND a.row_id = request_rows.row_id), shown_envelope = ?, shown_sec = ?, shown_nano = ?"
                        + " WHERE list_id = ? AND party_id = ? AND row_id IN (SELECT row_id FROM request_answers"
                        + " WHERE envelope_id = ?) AND (shown_sec IS NULL OR shown_sec < ? OR (shown_sec = ? AND shown_nano < ?))")
                .bind(0, envelopeId).bind(1, envelopeId).bind(2, sec).bind(3, nano).bind(4, d.list())
                .bind(5, d.party()).bind(6, envelopeId).bind(7, sec).bind(8, sec).bind(9, nano).execute();
        return true;
    }

    private record Doc(String list, String party, long sec, int nano) {
    }
}
