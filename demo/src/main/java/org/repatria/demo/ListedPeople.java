package org.repatria.demo;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.repatria.core.list.ListId;
import org.repatria.core.list.PersonList;

/** A list together with who each row really is: row {@code i} of {@code list} is {@code people.get(i)}. */
record ListedPeople(PersonList list, List<TrueIdentity> people) {

    /** For each row of this (request) list whose person is a row of one of {@code holdings}, the pair of rows. */
    List<TruthPair> truthAgainst(List<ListedPeople> holdings) {
        Map<TrueIdentity, Row> where = new IdentityHashMap<>();
        for (ListedPeople holding : holdings) {
            for (int i = 0; i < holding.people().size(); i++) {
                where.put(holding.people().get(i), new Row(holding.list().header().id(), holding.list().rows().get(i).rowId()));
            }
        }
        List<TruthPair> truth = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Row held = where.get(people.get(i));
            if (held != null) {
                truth.add(new TruthPair(list.header().id(), list.rows().get(i).rowId(), held.list(), held.rowId()));
            }
        }
        return truth;
    }

    private record Row(ListId list, String rowId) {
    }
}
