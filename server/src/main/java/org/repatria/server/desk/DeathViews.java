package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;
import org.repatria.core.death.DeathRecordText;
import org.repatria.server.death.DeathMessages.DeathRecordReply;
import org.repatria.server.death.DeathMessages.DeathRecordRequest;

/** The typed models of the death records' pages ({@code death-*.jte}). */
final class DeathViews {
    /** The particulars the unit edits, in the form's order: the request's field name, its words' key and value. */
    record Field(String name, String key, String value) {
    }

    /** The prefix of the particulars' words: {@code death.key.} and the canonical text's key. */
    private static final String PARTICULAR = "death.key.";

    private DeathViews() {
    }

    /** The unit's form for a confirmed identification; {@code error} the refusal of the last try. */
    record Form(Page page, String caseId, DeathRecordRequest draft, List<Field> fields, Optional<String> error) {
    }

    /** The records the reader may read. */
    record Records(Page page, List<DeathRecordReply> records) {
    }

    /** One record, its particulars in the canonical text's order. */
    record One(Page page, DeathRecordReply record) {
        public List<String> keys() {
            return DeathRecordText.KEYS;
        }

        /** The words of the particular {@code key} of the canonical text. */
        public String label(String key) {
            return page.t().get(PARTICULAR + key);
        }
    }

    /** The record form's address for the confirmation of {@code remains} in case {@code caseId}. */
    static String formHref(String caseId, String remains) {
        return "/desk/identification/cases/" + caseId + "/death-record?remains=" + Page.enc(remains);
    }

    static List<Field> fields(DeathRecordRequest r) {
        return List.of(new Field("side", "death.key.side", r.side()),
                new Field("surname", "death.key.surname", r.surname()),
                new Field("given_names", "death.key.given-names", r.givenNames()),
                new Field("patronymic", "death.key.patronymic", r.patronymic()),
                new Field("birth_date", "death.key.birth-date", r.birthDate()),
                new Field("service_number", "death.key.service-number", r.serviceNumber()),
                new Field("unit", "death.key.unit", r.unit()),
                new Field("rank", "death.key.rank", r.rank()),
                new Field("death_date", "death.key.death-date", r.deathDate()),
                new Field("death_place", "death.key.death-place", r.deathPlace()),
                new Field("death_known_by", "death.key.death-known-by", r.deathKnownBy()),
                new Field("death_cause", "death.key.death-cause", r.deathCause()),
                new Field("remains_state", "death.key.remains-state", r.remainsState()),
                new Field("remains_place", "death.key.remains-place", r.remainsPlace()));
    }
}
