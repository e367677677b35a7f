package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.repatria.core.person.Person;
import org.repatria.server.dossier.Dossier;
import org.repatria.server.person.Persons;

/** The typed models of the person pages ({@code persons.jte}, {@code person.jte}). */
final class PersonViews {
    private PersonViews() {
    }

    /** The search for a row's person on every list: its surname, given name and birth year (or its military id). */
    static String findHref(Person p) {
        String year = p.birthDate().iso().length() >= 4 ? p.birthDate().iso().substring(0, 4) : "";
        String q = String.join(" ", Stream.of(p.name().surname(), p.name().givenName(), year)
                .flatMap(s -> Stream.of(s.split("\\s+"))).filter(s -> !s.isBlank()).limit(Persons.MAX_WORDS).toList());
        if (q.isBlank()) {
            q = p.militaryId();
        }
        return "/desk/persons?q=" + Page.enc(q.length() > Persons.MAX_QUERY ? q.substring(0, Persons.MAX_QUERY) : q);
    }

    /** The search: the query as typed, the persons found (empty before a search), a refusal of the query in words. */
    record Search(Page page, String q, boolean searched, List<Found> found, Optional<String> error) {
    }

    /** A person found: where its page is, its names as written, and the lists it is on. */
    record Found(String href, List<String> names, List<OnList> lists) {
    }

    /** A list a person is on: its page, title and the party that wrote it. */
    record OnList(String href, String title, String party) {
    }

    /**
     * One person: its rows, each row's dossier (answers, exchanges, custody, identification), the links inside it and the
     * ones proposed to other persons, the corrections recorded.
     */
    record OnePerson(Page page, String id, String href, List<String> names, List<RowLine> rows, List<LinkLine> links,
                     List<LinkLine> proposed, List<VerdictLine> verdicts, boolean mayCorrect, Dossier dossier,
                     Optional<String> error) {
    }

    /** A row as written, with its list and the party that wrote it. */
    record RowLine(String listHref, String listId, String listTitle, String party, String rowId, String name, String latin,
                   String sex, String birthDate, String birthPlace, String militaryId, String unit) {
    }

    /** A link between two rows, how likely, whether confirmed, and each field's reason; {@code otherHref} for a proposed one. */
    record LinkLine(RowLine a, RowLine b, String probability, boolean confirmed, String otherHref, List<ReasonLine> reasons) {
    }

    /** One field's part: field and level in the reader's words, and the weight in bits. */
    record ReasonLine(String field, String level, String bits, int x, int width, boolean positive) {
    }

    /** A reviewer's correction as recorded: when, who, what, the two rows, why. */
    record VerdictLine(String when, String who, String verdict, String a, String b, String reason) {
    }
}
