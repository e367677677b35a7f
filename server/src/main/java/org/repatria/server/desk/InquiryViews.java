package org.repatria.server.desk;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** The inquiry form: where it posts, the values typed (or stored), and the field a refusal named with its words. */
    record Form(String action, Map<String, String> values, Optional<String> errorField, Optional<String> error) {
        List<InquiryField> fields() {
            return Arrays.asList(InquiryField.values());
        }

        String value(InquiryField f) {
            return values.getOrDefault(f.token(), "");
        }

        boolean invalid(InquiryField f) {
            return errorField.filter(f.token()::equals).isPresent();
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

    /** A field's label in the reader's words. */
    static String label(Text t, InquiryField f) {
        return t.get(FIELD + f.token());
    }

    /** A field named by its token (a refusal's field), in the reader's words; the token itself when no field has it. */
    static String fieldWords(Text t, String token) {
        return InquiryField.ofToken(token).map(f -> label(t, f)).orElse(token);
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
