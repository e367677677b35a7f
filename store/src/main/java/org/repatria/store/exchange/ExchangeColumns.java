package org.repatria.store.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListId;

/** Reading and writing the column shapes the exchange tables share: instants, optional persons, next numbers. */
final class ExchangeColumns {
    private ExchangeColumns() {
    }

    static Instant instant(ResultSet rs, int secColumn) throws SQLException {
        return Instant.ofEpochSecond(rs.getLong(secColumn), rs.getInt(secColumn + 1));
    }

    static PersonRef person(ResultSet rs, int listColumn) throws SQLException {
        return new PersonRef(new ListId(UUID.fromString(rs.getString(listColumn))), rs.getString(listColumn + 1));
    }

    static Optional<PersonRef> optionalPerson(ResultSet rs, int listColumn) throws SQLException {
        String list = rs.getString(listColumn);
        return list == null ? Optional.empty() : Optional.of(person(rs, listColumn));
    }

    static String listOrNull(Optional<PersonRef> person) {
        return person.map(p -> p.list().toString()).orElse(null);
    }

    static String rowOrNull(Optional<PersonRef> person) {
        return person.map(PersonRef::rowId).orElse(null);
    }

    /** One more than the largest {@code column} of the agreement's rows in {@code table} (1 when none). */
    static int next(Handle h, String table, String column, String agreementId, String extraWhere, Object... extra) {
        var q = h.createQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table + " WHERE agreement_id = ?"
                + extraWhere).bind(0, agreementId);
        for (int i = 0; i < extra.length; i++) {
            q.bind(i + 1, extra[i]);
        }
        return q.mapTo(Integer.class).one();
    }
}
