package org.repatria.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.demo.name.CyrillicAlphabet;

/** Writes people down as a numbered list, in the order given or alphabetically as written. */
final class NumberedLists {
    /** Writes one row. */
    interface Writer {
        Person write(TrueIdentity who, String rowId);
    }

    /** What a list is: its author, purpose, category, title, and the prefix of its row numbers. */
    record Kind(PartyId author, ListPurpose purpose, Category category, String title, String rowPrefix) {
    }

    private record Written(TrueIdentity who, Person row, String sortKey) {
    }

    private NumberedLists() {
    }

    /** Rows in the order of {@code people}, numbered from 1. */
    static ListedPeople inOrder(ListMaker maker, Kind kind, List<TrueIdentity> people, Writer writer) {
        List<Person> rows = new ArrayList<>(people.size());
        for (TrueIdentity who : people) {
            rows.add(writer.write(who, rowId(kind, rows.size() + 1)));
        }
        return new ListedPeople(maker.make(kind.author(), kind.purpose(), kind.category(), kind.title(), rows), List.copyOf(people));
    }

    /** Rows sorted by the name as written (as a clerk files them), then numbered from 1. */
    static ListedPeople alphabetical(ListMaker maker, Kind kind, List<TrueIdentity> people, Writer writer) {
        List<Written> written = new ArrayList<>(people.size());
        for (TrueIdentity who : people) {
            Person row = writer.write(who, "unnumbered");
            written.add(new Written(who, row, row.name().full()));
        }
        written.sort(Comparator.comparing(Written::sortKey, CyrillicAlphabet.ORDER));
        List<Person> rows = new ArrayList<>(written.size());
        for (Written w : written) {
            rows.add(numbered(w.row(), rowId(kind, rows.size() + 1)));
        }
        return new ListedPeople(maker.make(kind.author(), kind.purpose(), kind.category(), kind.title(), rows),
                written.stream().map(Written::who).toList());
    }

    private static String rowId(Kind kind, int number) {
        String digits = Integer.toString(number);
        return kind.rowPrefix() + "-" + "0".repeat(Math.max(0, 5 - digits.length())) + digits;
    }

    private static Person numbered(Person p, String rowId) {
        return new Person(rowId, p.name(), p.latin(), p.sex(), p.birthDate(), p.birthPlace(), p.militaryId(), p.rank(),
                p.unit(), p.category());
    }
}
