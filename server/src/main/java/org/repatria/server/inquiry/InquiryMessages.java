package org.repatria.server.inquiry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repatria.store.inquiry.AlertReason;
import org.repatria.store.inquiry.InquiryChange;
import org.repatria.store.inquiry.StoredAlert;
import org.repatria.store.inquiry.StoredInquiry;

/** The JSON bodies of the inquiry routes. */
public final class InquiryMessages {
    private InquiryMessages() {
    }

    /**
     * An inquiry's particulars, field to value: asker_name, asker_relation, asker_contact, consent (yes/no), consent_date,
     * names (one per line), sex (M/F), birth_date, birth_place, military_id, unit, circumstances.
     */
    public record FieldsRequest(Map<String, String> fields) {
    }

    /** A new status (open, answered, closed) and why. */
    public record StatusRequest(String status, String reason) {
    }

    /** An alert's new state: seen, dismissed or confirmed. */
    public record AlertRequest(String state) {
    }

    /** A line of the desk's inquiries. */
    public record LineReply(String id, String status, String names, String askerName, int newAlerts, String created) {
        static LineReply of(Inquiries.Line l) {
            StoredInquiry q = l.inquiry();
            return new LineReply(q.id(), q.status().token(), String.join("; ", q.particulars().names()),
                    q.particulars().text(org.repatria.core.inquiry.InquiryField.ASKER_NAME), l.newAlerts(),
                    q.created().toString());
        }
    }

    /** One change of the history. */
    public record ChangeReply(int seq, String at, String by, String what, String field, String oldValue, String newValue) {
        static ChangeReply of(InquiryChange c) {
            return new ChangeReply(c.seq(), c.at().toString(), c.username(), c.what().toLowerCase(java.util.Locale.ROOT),
                    c.field(), c.oldValue(), c.newValue());
        }
    }

    /** Why one particular moved an alert's score. */
    public record ReasonReply(String particular, String verdict, String level, String soughtValue, String rowValue,
                              double weight) {
        static ReasonReply of(AlertReason r) {
            return new ReasonReply(r.particular(), r.verdict(), r.level(), r.soughtValue(), r.rowValue(), r.weight());
        }
    }

    /** An alert: the row (of a list, or an answer to a request row), its score, reasons, state and who set it. */
    public record AlertReply(String id, String source, String listId, String rowId, String name, double score,
                             String state, String raised, String decidedBy, String decided, List<ReasonReply> reasons) {
        static AlertReply of(StoredAlert a) {
            return new AlertReply(a.id(), a.source(), a.list().toString(), a.rowId(), a.rowName(),
                    Math.round(a.score() * 1000) / 1000.0, a.state().token(), a.raised().toString(), a.decidedBy(),
                    a.decided().map(Object::toString).orElse(""), a.reasons().stream().map(ReasonReply::of).toList());
        }
    }

    /** An inquiry with its particulars, status, holder, history and alerts. */
    public record InquiryReply(String id, String holder, String recordedBy, String status, String reason,
                               Map<String, String> fields, String created, String updated, List<ChangeReply> history,
                               List<AlertReply> alerts) {
        static InquiryReply of(InquiryView v) {
            StoredInquiry q = v.inquiry();
            Map<String, String> fields = new LinkedHashMap<>();
            q.particulars().values().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> fields.put(e.getKey().token(), e.getValue()));
            return new InquiryReply(q.id(), q.holderParty().value(), q.holderAccount(), q.status().token(), q.reason(),
                    fields, q.created().toString(), q.updated().toString(),
                    v.history().stream().map(ChangeReply::of).toList(), v.alerts().stream().map(AlertReply::of).toList());
        }
    }
}
