package org.repatria.server.cta;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repatria.core.list.ListHeader;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Person;

/**
 * One person as the export's cells, in {@link CtaColumn} order. A particular Repatria does not know is an empty cell,
 * never a guess: no default, no placeholder, no date made more precise than the list gave it.
 */
final class CtaRow {
    private CtaRow() {
    }

    /** The cells of {@code p}, a row of {@code list}, held or handed over by {@code power}. */
    static List<String> cells(String power, ListHeader list, Person p, Optional<Exchanged> exchanged,
                              Optional<DeathLinks.Found> death) {
        List<String> out = new ArrayList<>(CtaColumn.values().length);
        for (CtaColumn c : CtaColumn.values()) {
            out.add(cell(c, power, list, p, exchanged, death));
        }
        return out;
    }

    private static String cell(CtaColumn c, String power, ListHeader list, Person p, Optional<Exchanged> x,
                               Optional<DeathLinks.Found> death) {
        return switch (c) {
            case DETAINING_POWER -> power;
            case LIST_ID -> list.id().toString();
            case ROW_ID -> p.rowId();
            case CATEGORY -> p.category().name();
            case SURNAME -> p.name().surname();
            case FIRST_NAMES -> p.name().givenName();
            case PATRONYMIC -> p.name().patronymic();
            case LATIN_SURNAME -> p.latin().surname();
            case LATIN_FIRST_NAMES -> p.latin().givenName();
            case FATHER_FIRST_NAME -> detail(p, DetailField.FATHER_NAME);
            case MOTHER_MAIDEN_NAME -> detail(p, DetailField.MOTHER_NAME);
            case SEX -> switch (p.sex()) {
                case MALE -> "M";
                case FEMALE -> "F";
                case UNKNOWN -> "";
            };
            case RANK -> p.rank();
            case UNIT -> p.unit();
            case SERVICE_NUMBER -> p.militaryId();
            case IDENTITY_DISC -> detail(p, DetailField.IDENTITY_DISC);
            case BIRTH_DATE -> p.birthDate().iso();
            case BIRTH_PLACE -> p.birthPlace();
            case POWER_DEPENDED_ON -> detail(p, DetailField.POWER);
            case NATIONALITY -> detail(p, DetailField.NATIONALITY);
            case CAPTURE_DATE -> detail(p, DetailField.CAPTURE_DATE);
            case CAPTURE_PLACE -> detail(p, DetailField.CAPTURE_PLACE);
            case HEALTH -> detail(p, DetailField.HEALTH);
            case NOMINATED_HEALTH -> x.map(Exchanged::nominatedHealth).orElse("");
            case NOTIFY_PERSON -> detail(p, DetailField.NOTIFY_PERSON);
            case NOTIFY_ADDRESS -> detail(p, DetailField.NOTIFY_ADDRESS);
            case FAMILY_ADDRESS -> detail(p, DetailField.FAMILY_ADDRESS);
            case INTERNMENT_PLACE, TRANSFERS, RELEASES, ESCAPES, HOSPITAL -> "";
            case AGREEMENT -> x.map(Exchanged::agreement).orElse("");
            case EXCHANGE_STATE -> x.map(Exchanged::state).orElse("");
            case REPATRIATION_TRANCHE -> x.flatMap(e -> e.tranche().isPresent()
                    ? Optional.of(Integer.toString(e.tranche().getAsInt())) : Optional.empty()).orElse("");
            case REPATRIATION_DATE -> x.flatMap(Exchanged::handedOver).map(CtaRow::date).orElse("");
            case ACT_DATE -> x.flatMap(Exchanged::actSigned).map(CtaRow::date).orElse("");
            case ACT_ENTRY -> x.map(Exchanged::actEnvelope).orElse("");
            case DEATH_DATE -> death.map(DeathLinks.Found::date).orElseGet(() -> detail(p, DetailField.DEATH_DATE));
            case DEATH_PLACE -> death.map(DeathLinks.Found::place).orElseGet(() -> detail(p, DetailField.DEATH_PLACE));
            case DEATH_CAUSE -> death.map(DeathLinks.Found::cause).orElseGet(() -> detail(p, DetailField.DEATH_CAUSE));
            case DEATH_RECORD -> death.map(DeathLinks.Found::envelope).orElse("");
        };
    }

    private static String detail(Person p, DetailField field) {
        return p.details().get(field).map(DetailValue::display).orElse("");
    }

    private static String date(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
