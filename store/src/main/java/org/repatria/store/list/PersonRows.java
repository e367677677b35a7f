package org.repatria.store.list;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.repatria.core.list.ListId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;

/** How a {@link Person} maps to a row of {@code list_rows}: every field (details as one text column), plus the derived keys. */
final class PersonRows {
    static final String COLUMNS = "row_id, surname, given_name, patronymic, latin_surname, latin_given_name,"
            + " latin_patronymic, sex, birth_date, birth_place, military_id, mil_rank, unit, category, details";

    static final String INSERT = "INSERT INTO list_rows (list_id, row_no, " + COLUMNS
            + ", birth_key, search_text, surname_key, unit_key)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private PersonRows() {
    }

    /** Adds one row to an {@link #INSERT} batch. */
    static void add(PreparedBatch batch, ListId list, int rowNo, Person p) {
        batch.bind(0, list.toString()).bind(1, rowNo).bind(2, p.rowId())
                .bind(3, p.name().surname()).bind(4, p.name().givenName()).bind(5, p.name().patronymic())
                .bind(6, p.latin().surname()).bind(7, p.latin().givenName()).bind(8, p.latin().patronymic())
                .bind(9, p.sex().name()).bind(10, p.birthDate().iso()).bind(11, p.birthPlace())
                .bind(12, p.militaryId()).bind(13, p.rank()).bind(14, p.unit()).bind(15, p.category().name())
                .bind(16, DetailText.write(p.details()))
                .bind(17, SearchSortKeys.birthKey(p.birthDate())).bind(18, SearchSortKeys.searchText(p))
                .bind(19, SearchSortKeys.surnameKey(p.name())).bind(20, SearchSortKeys.collationKey(p.unit()))
                .add();
    }

    /** Reads a row selected with {@link #COLUMNS}. */
    static Person read(ResultSet rs) throws SQLException {
        return new Person(rs.getString("row_id"),
                new PersonName(rs.getString("surname"), rs.getString("given_name"), rs.getString("patronymic")),
                new PersonName(rs.getString("latin_surname"), rs.getString("latin_given_name"), rs.getString("latin_patronymic")),
                Sex.valueOf(rs.getString("sex")),
                PartialDate.parseIso(rs.getString("birth_date")),
                rs.getString("birth_place"), rs.getString("military_id"), rs.getString("mil_rank"), rs.getString("unit"),
                Category.valueOf(rs.getString("category")), DetailText.read(rs.getString("details")));
    }
}
