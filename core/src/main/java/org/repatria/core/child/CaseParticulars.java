package org.repatria.core.child;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;

/**
 * A child's case particulars: a value per field, each within its limit; an empty value is no value.
 *
 * @throws ParticularsException when a value is too long, holds a control character, or a date is not a partial ISO date
 */
public record CaseParticulars(Map<CaseField, String> values) {
    public CaseParticulars {
        Map<CaseField, String> kept = new EnumMap<>(CaseField.class);
        values.forEach((field, raw) -> {
            String v = raw == null ? "" : raw.strip();
            if (v.isEmpty()) {
                return;
            }
            if (v.length() > field.maxLength()) {
                throw new ParticularsException(field.token(), "is " + v.length() + " characters; at most " + field.maxLength());
            }
            if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                throw new ParticularsException(field.token(), "holds a control character; type plain text");
            }
            if (field == CaseField.REMOVAL_DATE) {
                try {
                    PartialDate.parseIso(v);
                } catch (IllegalArgumentException e) {
                    throw new ParticularsException(field.token(), "is not a date (yyyy, yyyy-mm or yyyy-mm-dd): " + v);
                }
            }
            kept.put(field, v);
        });
        values = Map.copyOf(kept);
    }

    /** No particulars. */
    public static CaseParticulars none() {
        return new CaseParticulars(Map.of());
    }

    /** The value of a field, if given. */
    public Optional<String> get(CaseField field) {
        return Optional.ofNullable(values.get(field));
    }

    /**
     * What the list's row itself says of the case: the parents' names, the family's address, the date and circumstances
     * of removal, as the list gives them (the prefill of the case form).
     */
    public static CaseParticulars fromList(Person child) {
        Map<CaseField, String> v = new EnumMap<>(CaseField.class);
        String father = detail(child, DetailField.FATHER_NAME);
        String mother = detail(child, DetailField.MOTHER_NAME);
        String parents = (father.isEmpty() ? "" : "father: " + father) + (!father.isEmpty() && !mother.isEmpty() ? "; " : "")
                + (mother.isEmpty() ? "" : "mother: " + mother);
        v.put(CaseField.GUARDIANS, parents);
        v.put(CaseField.LAST_ADDRESS, detail(child, DetailField.FAMILY_ADDRESS));
        v.put(CaseField.REMOVAL_DATE, child.details().get(DetailField.REMOVAL_DATE)
                .map(d -> d instanceof DetailValue.Date date ? date.value().iso() : "").orElse(""));
        v.put(CaseField.REMOVAL_CIRCUMSTANCES, detail(child, DetailField.REMOVAL_CIRCUMSTANCES));
        v.replaceAll((field, value) -> value.length() > field.maxLength() ? value.substring(0, field.maxLength()) : value);
        return new CaseParticulars(v);
    }

    /** These particulars, each field not given here taken from {@code fallback}. */
    public CaseParticulars orElse(CaseParticulars fallback) {
        Map<CaseField, String> v = new EnumMap<>(CaseField.class);
        v.putAll(fallback.values);
        v.putAll(values);
        return new CaseParticulars(v);
    }

    private static String detail(Person p, DetailField f) {
        return p.details().get(f).map(DetailValue::display).orElse("");
    }
}
