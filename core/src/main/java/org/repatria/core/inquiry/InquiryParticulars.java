package org.repatria.core.inquiry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.inquiry.InquiryException.Problem;
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
            kept(field, values.get(field)).ifPresent(v -> kept.put(field, v));
        }
        values = Map.copyOf(kept);
    }

    /**
     * Every problem of {@code values}, one per field at fault in the fields' order (none when they make particulars), so
     * a form can say at once all that must be corrected.
     */
    public static List<InquiryException> problems(Map<InquiryField, String> values) {
        List<InquiryException> out = new ArrayList<>();
        for (InquiryField field : InquiryField.values()) {
            try {
                kept(field, values.get(field));
            } catch (InquiryException e) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /** The value kept for {@code field}: stripped and checked; empty when not given. */
    private static Optional<String> kept(InquiryField field, String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            if (field.required()) {
                throw new InquiryException(field.token(), Problem.REQUIRED, "is required");
            }
            return Optional.empty();
        }
        if (v.length() > field.maxLength()) {
            throw new InquiryException(field.token(), Problem.TOO_LONG, "is " + v.length() + " characters; at most "
                    + field.maxLength(), v.length(), field.maxLength());
        }
        boolean multiline = field == InquiryField.NAMES || field == InquiryField.CIRCUMSTANCES
                || field == InquiryField.ASKER_CONTACT;
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t')))) {
            throw new InquiryException(field.token(), Problem.CONTROL_CHARACTER, "holds a control character; type plain text");
        }
        return Optional.of(checked(field, v));
    }

    private static String checked(InquiryField field, String v) {
        return switch (field) {
            case CONSENT -> {
                String c = v.toLowerCase(Locale.ROOT);
                if (!c.equals("yes") && !c.equals("no")) {
                    throw new InquiryException(field.token(), Problem.NOT_YES_OR_NO, "is yes or no: " + v, v);
                }
                yield c;
            }
            case CONSENT_DATE -> {
                if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new InquiryException(field.token(), Problem.NOT_A_DATE, "is not a date (yyyy-mm-dd): " + v, v);
                }
                yield date(field, v, v);
            }
            case BIRTH_DATE -> date(field, v.matches("\\d{2}\\.\\d{2}\\.\\d{4}")
                    ? v.substring(6) + "-" + v.substring(3, 5) + "-" + v.substring(0, 2) : v, v);
            case SEX -> {
                String s = v.toUpperCase(Locale.ROOT);
                if (!s.equals("M") && !s.equals("F")) {
                    throw new InquiryException(field.token(), Problem.NOT_A_SEX, "is M or F (or empty when unknown): " + v, v);
                }
                yield s;
            }
            case NAMES -> {
                List<String> lines = lines(v);
                if (lines.size() > MAX_NAMES) {
                    throw new InquiryException(field.token(), Problem.TOO_MANY_NAMES, "gives " + lines.size() + " names; at most " + MAX_NAMES,
                            lines.size(), MAX_NAMES);
                }
                for (String line : lines) {
                    if (line.length() > MAX_NAME) {
                        throw new InquiryException(field.token(), Problem.NAME_TOO_LONG, "has a name of " + line.length()
                                + " characters; at most " + MAX_NAME, line.length(), MAX_NAME);
                    }
                }
                yield String.join("\n", lines);
            }
            default -> v;
        };
    }

    private static String date(InquiryField field, String v, String typed) {
        try {
            return PartialDate.parseIso(v).iso();
        } catch (IllegalArgumentException e) {
            throw new InquiryException(field.token(), Problem.NOT_A_DATE, "is not a date (yyyy-mm-dd, dd.mm.yyyy or yyyy): "
                    + typed, typed);
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
