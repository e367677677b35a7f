package org.repatria.server.identification;

import org.repatria.store.list.Lists;

/** A request row a confirmation may name, as the API gives it: the list (id and title), the row id, names, military id. */
public record RequestRow(String listId, String listTitle, String rowId, String surname, String givenName, String patronymic,
                         String militaryId) {
    static RequestRow of(Lists.KeyedRow r) {
        return new RequestRow(r.list().toString(), r.listTitle(), r.rowId(), r.surname(), r.givenName(), r.patronymic(),
                r.militaryId());
    }
}
