package org.repatria.server.person;

import java.util.List;
import org.repatria.match.explain.Explanation;
import org.repatria.server.dossier.DossierReply;

/** The person routes' JSON: what a search answers, and one person's rows and links. */
final class PersonReplies {
    private PersonReplies() {
    }

    /** A search's answer: the persons, best first. */
    record Found(List<Summary> persons) {
        static Found of(List<FoundPerson> found) {
            return new Found(found.stream().map(p -> new Summary(p.id(), p.names(),
                    p.rows().stream().map(RowId::of).toList())).toList());
        }
    }

    /** A person found: its id, the names its readable rows give, and those rows. */
    record Summary(String id, List<String> names, List<RowId> rows) {
    }

    /** A row of a list: the list's id and the row's. */
    record RowId(String listId, String rowId) {
        static RowId of(PersonRow r) {
            return new RowId(r.ref().list().toString(), r.ref().rowId());
        }
    }

    /** One person: its id (the survivor's, for a merged id), names, readable rows, links inside, proposed links, dossier. */
    record Detail(String id, List<String> names, List<Row> rows, List<Link> links, List<Link> proposed, DossierReply dossier) {
        static Detail of(PersonFile f, DossierReply dossier) {
            return new Detail(f.id(), f.names(), f.rows().stream().map(Row::of).toList(),
                    f.links().stream().map(Link::of).toList(), f.proposed().stream().map(Link::of).toList(), dossier);
        }
    }

    /** A row as written, with its list and the party that wrote the list. */
    record Row(String listId, String rowId, String listTitle, String party, String surname, String givenName,
               String patronymic, String latin, String birthDate, String militaryId) {
        static Row of(PersonRow r) {
            var p = r.row();
            return new Row(r.ref().list().toString(), p.rowId(), r.list().header().title(), r.list().header().author().value(),
                    p.name().surname(), p.name().givenName(), p.name().patronymic(), p.latin().full(), p.birthDate().iso(),
                    p.militaryId());
        }
    }

    /** A link: the two rows, the probability, whether a reviewer confirmed it, the other person's id (a proposed link; "" inside), reasons. */
    record Link(RowId a, RowId b, double probability, boolean confirmed, String person, List<Reason> reasons) {
        static Link of(RowLink l) {
            return new Link(RowId.of(l.a()), RowId.of(l.b()), l.probability(), l.confirmed(), l.otherPerson().orElse(""),
                    PersonReplies.reasons(l.why()));
        }
    }

    /** One field's part in a link: the field, the level it agreed at, and its weight in bits (log2 Bayes factor). */
    record Reason(String field, String level, double bits) {
    }

    private static List<Reason> reasons(Explanation e) {
        return e.contributions().stream().map(c -> new Reason(c.field(), c.level(), c.log2BayesFactor())).toList();
    }
}
