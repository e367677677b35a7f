package org.repatria.core.inquiry;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.person.PartialDate;

/**
 * What a family's inquiry says: a value per field, each within its limit, the required ones given; an empty value is
 * no value. Dates are kept as ISO (a birth date written dd.mm.yyyy is turned into yyyy-mm-dd), sex as M or F, consent as
 * yes or no.
 *
 * @throws InquiryException naming the first field that is missing, too long, holds a control character or is not
 *     what the field takes
 */
public record InquiryParticulars(Map<InquiryField, String> values) {
    /** The most names one inquiry may give for the person sought. */
    public static final int MAX_NAMES = 10;
    /** The most characters of one of those names. */
    public static final int MAX_NAME = 200;

    public InquiryParticulars {
        Map<InquiryField, String> kept = new EnumMap<>(InquiryField.class);
        for (InquiryField field : InquiryField.values()) {
            String raw = values.get(field);
            String v = raw == null ? "" : raw.strip();
            if (v.isEmpty()) {
                if (field.required()) {
                    throw new InquiryException(field.token(), "is required");
                }
                continue;
            }
            if (v.length() > field.maxLength()) {
                throw new InquiryException(field.token(), "is " + v.length() + " characters; at most " + field.maxLength());
            }
            boolean multiline = field == InquiryField.NAMES || field == InquiryField.CIRCUMSTANCES
                    || field == InquiryField.ASKER_CONTACT;
            if (v.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t')))) {
                throw new InquiryException(field.token(), "holds a control character; type plain text");
            }
            kept.put(field, checked(field, v));
        }
        values = Map.copyOf(kept);
    }

    private static String checked(InquiryField field, String v) {
        return switch (field) {
            case CONSENT -> {
                String c = v.toLowerCase(Locale.ROOT);
                if (!c.equals("yes") && !c.equals("no")) {
                    throw new InquiryException(field.token(), "is yes or no: " + v);
                }
                yield c;
            }
            case CONSENT_DATE -> {
                if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new InquiryException(field.token(), "is not a date (yyyy-mm-dd): " + v);
                }
                yield date(field, v);
            }
            case BIRTH_DATE -> date(field, v.matches("\\d{2}\\.\\d{2}\\.\\d{4}")
                    ? v.substring(6) + "-" + v.substring(3, 5) + "-" + v.substring(0, 2) : v);
            case SEX -> {
                String s = v.toUpperCase(Locale.ROOT);
                if (!s.equals("M") && !s.equals("F")) {
                    throw new InquiryException(field.token(), "is M or F (or empty when unknown): " + v);
                }
                yield s;
            }
            case NAMES -> {
                List<String> lines = lines(v);
                if (lines.size() > MAX_NAMES) {
                    throw new InquiryException(field.token(), "gives " + lines.size() + " names; at most " + MAX_NAMES);
                }
                for (String line : lines) {
                    if (line.length() > MAX_NAME) {
                        throw new InquiryException(field.token(), "has a name of " + line.length() + " characters; at most "
                                + MAX_NAME);
                    }
                }
                yield String.join("\n", lines);
            }
            default -> v;
        };
    }

    private static String date(InquiryField field, String v) {
        try {
            return PartialDate.parseIso(v).iso();
        } catch (IllegalArgumentException e) {
            throw new InquiryException(field.token(), "is not a date (yyyy-mm-dd, dd.mm.yyyy or yyyy): " + v);
        }
    }

    private static List<String> lines(String v) {
        return Arrays.stream(v.split("\\R")).map(s -> s.strip().replaceAll("\\s+", " ")).filter(s -> !s.isEmpty()).toList();
    }

    /** The value of a field, if given. */
    public Optional<String> get(InquiryField field) {
        return Optional.ofNullable(values.get(field));
    }

    /** The value of a field, or "" when not given. */
    public String text(InquiryField field) {
        return values.getOrDefault(field, "");
    }

    /** The names of the person sought, one per entry, as written. */
    public List<String> names() {
        return lines(text(InquiryField.NAMES));
    }

    /** Whether the asker consents to be contacted. */
    public boolean consents() {
        return "yes".equals(text(InquiryField.CONSENT));
    }
}
