package org.repatria.server.desk;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.inquiry.InquiryException;
import org.repatria.core.inquiry.InquiryField;
import org.repatria.server.inquiry.Inquiries;
import org.repatria.server.inquiry.InquiryView;
import org.repatria.store.inquiry.AlertReason;
import org.repatria.store.inquiry.InquiryChange;
import org.repatria.store.inquiry.StoredAlert;

/** The typed models of the inquiry pages ({@code inquiries.jte}, {@code inquiry.jte}, {@code inquiry-form.jte}). */
final class InquiryViews {
    /** The prefixes of words chosen by data: a field's label, a status, an alert's state and source, a reason's parts. */
    static final String FIELD = "inquiry.field.";
    static final String STATUS = "inquiry.status.";
    static final String STATE = "inquiry.state.";
    static final String SOURCE = "inquiry.source.";
    static final String PARTICULAR = "inquiry.particular.";
    static final String VERDICT = "inquiry.verdict.";
    static final String WHAT = "inquiry.what.";

    private InquiryViews() {
    }

    /**
     * The inquiry form: where it posts, the values typed (or stored), the field a refusal named with its words, and the
     * words for each field at fault when the particulars were refused (all of them at once, by field token).
     */
    record Form(String action, Map<String, String> values, Optional<String> errorField, Optional<String> error,
                Map<String, String> problems) {
        List<InquiryField> fields() {
            return Arrays.asList(InquiryField.values());
        }

        String value(InquiryField f) {
            return values.getOrDefault(f.token(), "");
        }

        boolean invalid(InquiryField f) {
            return problems.containsKey(f.token()) || errorField.filter(f.token()::equals).isPresent();
        }

        /** What is wrong with the field, in the reader's words. */
        String problem(InquiryField f) {
            return Optional.ofNullable(problems.get(f.token())).or(() -> error).orElse("");
        }

        /** Whether the field is typed freely, so its limit of characters is worth saying (not for a choice or a date). */
        boolean typed(InquiryField f) {
            return kind(f).equals("area") || kind(f).equals("text");
        }

        /** How the field is typed: {@code area} (several lines), {@code consent}, {@code sex}, {@code date} or {@code text}. */
        String kind(InquiryField f) {
            return switch (f) {
                case NAMES, CIRCUMSTANCES, ASKER_CONTACT -> "area";
                case CONSENT -> "consent";
                case SEX -> "sex";
                case CONSENT_DATE -> "date";
                default -> "text";
            };
        }
    }

    /** The desk's inquiries with their new alerts, and the form for a new one. */
    record Index(Page page, List<Inquiries.Line> lines, Form form) {
    }

    /** One inquiry: particulars (the edit form), status, alerts, history; a refused step's words. */
    record One(Page page, InquiryView view, Form form, Optional<String> error) {
        String href() {
            return "/desk/inquiries/" + view.inquiry().id();
        }

        boolean closed() {
            return view.inquiry().status() == org.repatria.core.inquiry.InquiryStatus.CLOSED;
        }
    }

    /** The prefix of the words for a kind of problem with a typed value ({@code InquiryException.Problem}). */
    static final String PROBLEM = "inquiry.problem.";

    /** Each field at fault in {@code refused}, by token, with what is wrong in the reader's words. */
    static Map<String, String> problems(Text t, List<InquiryException> refused) {
        Map<String, String> out = new LinkedHashMap<>();
        for (InquiryException e : refused) {
            out.put(e.field(), t.format(PROBLEM + e.problem().name(), e.arguments().toArray()));
        }
        return out;
    }

    /** A field's label in the reader's words. */
    static String label(Text t, InquiryField f) {
        return t.get(FIELD + f.token());
    }

    /** A field named by its token (a refusal's field), in the reader's words; the token itself when no field has it. */
    static String fieldWords(Text t, String token) {
        return InquiryField.ofToken(token).map(f -> label(t, f)).orElse(token);
    }

    /** The inquiry's value of a reason, as the desk says it (a sex in words, any other value as written). */
    static String sought(Text t, AlertReason r) {
        return "sex".equals(r.particular()) ? sex(t, r.soughtValue()) : r.soughtValue();
    }

    /** The row's value of a reason, as the desk says it (a sex in words, any other value as written). */
    static String rowValue(Text t, AlertReason r) {
        return "sex".equals(r.particular()) ? sex(t, r.rowValue()) : r.rowValue();
    }

    private static String sex(Text t, String code) {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "M", "MALE" -> t.get("sex.MALE");
            case "F", "FEMALE" -> t.get("sex.FEMALE");
            default -> code;
        };
    }

    /** The title of the list an alert's row is on, as the reader may see it; its id when the title is not known. */
    static String listTitle(InquiryView v, StoredAlert a) {
        return v.titles().getOrDefault(a.list().toString(), a.list().toString());
    }

    static String status(Text t, Inquiries.Line l) {
        return t.get(STATUS + l.inquiry().status().token());
    }

    static String status(Text t, InquiryView v) {
        return t.get(STATUS + v.inquiry().status().token());
    }

    static String state(Text t, StoredAlert a) {
        return t.get(STATE + a.state().token());
    }

    static String source(Text t, StoredAlert a) {
        return t.get(SOURCE + a.source());
    }

    static String particular(Text t, AlertReason r) {
        return t.get(PARTICULAR + r.particular());
    }

    static String verdict(Text t, AlertReason r) {
        return t.get(VERDICT + r.verdict()) + " (" + t.get(TracingViews.LEVEL + r.level()) + ")";
    }

    static String verdictClass(AlertReason r) {
        return "verdict-" + r.verdict();
    }

    static String weight(AlertReason r) {
        return String.format(Locale.ROOT, "%+.1f", r.weight());
    }

    static String percent(StoredAlert a) {
        return String.format(Locale.ROOT, "%.0f %%", a.score() * 100);
    }

    /** A change of the history in the reader's words: what happened, and to which field. */
    static String change(Text t, InquiryChange c) {
        String what = t.get(WHAT + c.what().toLowerCase(Locale.ROOT));
        return switch (c.field()) {
            case "" -> what;
            case "status" -> what + ": " + t.get(STATUS + c.oldValue()) + " → " + t.get(STATUS + c.newValue());
            case "reason" -> what + " · " + t.get("inquiry.reason");
            default -> what + " · " + fieldWords(t, c.field());
        };
    }

    /** The values a change shows (a status change shows none besides its words). */
    static boolean showsValues(InquiryChange c) {
        return !c.field().isEmpty() && !c.field().equals("status");
    }
}
