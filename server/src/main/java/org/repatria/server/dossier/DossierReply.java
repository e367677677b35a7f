package org.repatria.server.dossier;

import java.time.Instant;
import java.util.List;
import org.repatria.core.person.Person;

/**
 * A {@link Dossier} as the API answers it: plain values only (ids, text, ISO dates, instants), the names as written.
 * {@code GET /api/v1/persons/{id}} can answer {@code DossierReply.of(dossier)} in its JSON.
 */
public record DossierReply(List<RowReply> rows, int leftOff) {
    public DossierReply {
        rows = List.copyOf(rows);
    }

    /** The reply of {@code d}. */
    public static DossierReply of(Dossier d) {
        return new DossierReply(d.entries().stream().map(DossierReply::row).toList(), d.leftOff());
    }

    /** One row: its list and fields, and what names it. */
    public record RowReply(String listId, String rowId, ListReply list, FieldsReply fields, List<AnswerReply> answers,
                           List<Dossier.Nomination> nominations, List<Dossier.Slot> tranches, List<Dossier.Move> moves,
                           List<ChainReply> custody, List<IdentificationReply> identifications) {
    }

    /** The row's list: title, purpose, category, author, when submitted, signed, relays the reader may know of. */
    public record ListReply(String title, String purpose, String category, String author, Instant submitted, boolean signed,
                            List<RelayReply> relays) {
    }

    /** A relay: to whom, when. */
    public record RelayReply(String to, Instant at) {
    }

    /** The row's fields as written; the birth date in ISO form (YYYY, YYYY-MM, YYYY-MM-DD or empty). */
    public record FieldsReply(String surname, String givenName, String patronymic, String latinSurname, String latinGivenName,
                              String latinPatronymic, String sex, String birthDate, String birthPlace, String militaryId,
                              String rank, String unit, String category) {
    }

    /** An answer: the answering party, the status token, date, place, the name held under, note, when submitted. */
    public record AnswerReply(String by, String status, String date, String place, String nameHeld, String note,
                              Instant submitted) {
    }

    /** A chain of custody; {@code identifiedAs} is {@code list/row}, empty until identified. */
    public record ChainReply(String agreement, String bodyTag, int tranche, List<Dossier.Step> steps, String identifiedAs,
                             boolean mislabelled) {
    }

    /** An identification: the unit's party, when, by whom, the case title (empty unless the reader is the unit). */
    public record IdentificationReply(String party, Instant at, String by, String caseTitle) {
    }

    private static RowReply row(Dossier.Entry e) {
        Dossier.Source s = e.list();
        ListReply list = new ListReply(s.title(), s.purpose().name(), s.category().name(), s.author().value(), s.submitted(),
                s.signed(), s.relays().stream().map(r -> new RelayReply(r.to().value(), r.at())).toList());
        return new RowReply(s.id().toString(), e.row().rowId(), list, fields(e.row()),
                e.answers().stream().map(a -> new AnswerReply(a.by().value(), a.status().token(), a.date().iso(), a.place(),
                        a.nameHeld().full(), a.note(), a.submitted())).toList(),
                e.nominations(), e.tranches(), e.moves(),
                e.custody().stream().map(c -> new ChainReply(c.agreement(), c.bodyTag(), c.tranche(), c.steps(),
                        c.identifiedAs().orElse(""), c.mislabelled())).toList(),
                e.identifications().stream().map(i -> new IdentificationReply(i.party().value(), i.at(), i.by(),
                        i.caseTitle().orElse(""))).toList());
    }

    private static FieldsReply fields(Person p) {
        return new FieldsReply(p.name().surname(), p.name().givenName(), p.name().patronymic(), p.latin().surname(),
                p.latin().givenName(), p.latin().patronymic(), p.sex().name(), p.birthDate().iso(), p.birthPlace(),
                p.militaryId(), p.rank(), p.unit(), p.category().name());
    }
}
