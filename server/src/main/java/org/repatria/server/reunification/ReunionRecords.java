package org.repatria.server.reunification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.core.reunification.ReunificationText;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.child.ChildCases;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.exchange.AgreementMessages.NominationReply;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.ActReply;
import org.repatria.server.log.LogEntry;
import org.repatria.server.reunification.ReunificationMessages.ReunificationReply;
import org.repatria.server.reunification.ReunificationMessages.ReunificationRequest;
import org.repatria.store.Store;
import org.repatria.store.child.Closure;
import org.repatria.store.log.EntryRows;
import org.repatria.store.reunification.GuardianRecord;
import org.repatria.store.reunification.ReunionRecord;

/**
 * The mediator's reunification record: drawn up from the crossing, the act, the guardian check and the request row
 * (every refusal before anything is signed), signed by the mediator (its own key, or the one the server holds for it),
 * addressed to both sides, answering the act's envelope, and appended to the log with its row, which closes the case.
 * The mediator wrote it, so no relay follows: both sides read it once it is on the log ({@code DocumentReaders}). The
 * request row becomes {@code returned} in the same commit unless an answer said so already ({@code ReturnedRow}), and
 * the child's case closes in it too.
 */
final class ReunionRecords {
    private final Store store;
    private final Exchange exchange;
    private final DocumentSteps steps;
    private final ChildCases cases;
    private final ChildRecords children;
    private final Clock clock;

    ReunionRecords(Store store, Exchange exchange, DocumentSteps steps, ChildCases cases, ChildRecords children, Clock clock) {
        this.store = store;
        this.exchange = exchange;
        this.steps = steps;
        this.cases = cases;
        this.children = children;
        this.clock = clock;
    }

    /** What the mediator signs for {@code request}: the record's text, its addressees and the act envelope it answers. */
    record Draft(CrossedChild crossed, PersonRef request, ReunificationText text, List<PartyId> to, String act) {
    }

    Draft draft(Account caller, String id, int tranche, ReunificationRequest request) {
        CrossedChild crossed = CrossedChild.find(exchange, caller, id, tranche, request.list(), request.row());
        if (!crossed.mediator(caller)) {
            throw HttpProblem.forbidden("only the mediator of agreement " + id + " signs a reunification record");
        }
        PersonRef named = CrossedChild.ref("request_list", request.requestList(), "request_row", request.requestRow());
        store.reunifications().reunion(crossed.child(), named).ifPresent(r -> {
            throw HttpProblem.conflict("already_reunified", "child " + r.child() + " (request row " + r.request()
                    + ") was reunified already by record " + r.envelopeId() + "; nothing was recorded");
        });
        crossed.requireHandedOver();
        ActReply act = exchange.actOnceRecorded(caller, id, tranche).filter(a -> a.complete() && !a.envelopeId().isEmpty())
                .orElseThrow(() -> HttpProblem.conflict("act_not_signed", "the act of tranche " + tranche + " is not signed"
                        + " by both sides yet; the child is reunified once the act is; nothing was recorded"));
        GuardianRecord guardian = store.reunifications().guardian(id, crossed.child()).orElseThrow(() -> HttpProblem.conflict(
                "guardian_not_checked", "no guardian was checked for child " + crossed.child() + "; the receiving side"
                        + " checks and records the guardian first; nothing was recorded"));
        NominationReply nomination = exchange.nominations(caller, id).stream().filter(n -> n.list().equals(
                crossed.child().list().toString()) && n.row().equals(crossed.child().rowId())).findFirst().orElseThrow(() ->
                HttpProblem.conflict("not_handed_over", "child " + crossed.child() + " was never nominated in " + id));
        PersonRef requestRow = ReunitedRequestRow.require(store, crossed, named, nomination);
        cases.closed(requestRow.list(), requestRow.rowId()).ifPresent(c -> {
            throw HttpProblem.conflict("already_reunified", "the case of request row " + requestRow + " is closed already ("
                    + c.reference() + "); a child is reunified once; nothing was recorded");
        });
        ReunificationText text = new ReunificationText(id, tranche, act.envelopeId(), crossed.child(), requestRow,
                crossed.receiver(), guardian.guardian(), guardian.escort(), guardian.party() + "/" + guardian.by(),
                guardian.at());
        List<PartyId> to = List.of(new PartyId(crossed.agreement().first()), new PartyId(crossed.agreement().second()));
        return new Draft(crossed, requestRow, text, to, act.envelopeId());
    }

    ReunificationReply sign(Account caller, String id, int tranche, ReunificationRequest request, boolean serverHeld) {
        if (serverHeld) {
            steps.requireServerHeldKey(caller);
        }
        Draft draft = draft(caller, id, tranche, request);
        byte[] text = draft.text().encoded();
        LogEntry entry = serverHeld ? steps.serverHeldSubmission(caller, Envelope.of(DocumentType.REUNIFICATION,
                caller.party(), draft.to(), text, clock.instant(), Optional.of(Digest.parseHex(draft.act()))))
                : signed(request, draft, text);
        ReunionRecord record = new ReunionRecord(draft.crossed().child(), id, tranche, draft.request(),
                entry.statement().envelope().id().hex(), true, caller.username(), clock.instant());
        List<EntryRows> rows = new ArrayList<>(List.of(store.reunifications().recording(record)));
        ReturnedRow.of(store, draft, record.envelopeId(), clock.instant()).ifPresent(rows::add);
        // The child's case closes naming the record, in the record's own commit (checked open above, before signing).
        rows.add(store.childCases().closing(new Closure(draft.request().list(), draft.request().rowId(), caller.username(),
                record.envelopeId(), record.at())));
        Refusals.translate(() -> steps.submit(caller, entry, text, rows));
        return reply(record, true);
    }

    List<ReunificationReply> list(Account reader, String id) {
        if (!ReturnReaders.admits(exchange, children, reader, id)) {
            return List.of();
        }
        return store.reunifications().reunions(id).stream().map(r -> reply(r, cases.closed(r.request().list(),
                r.request().rowId()).isPresent())).toList();
    }

    /** The mediator's own signed entry: a reunification to both sides, answering the act, of exactly the drafted bytes. */
    private static LogEntry signed(ReunificationRequest request, Draft draft, byte[] text) {
        if (request.entry() == null || request.entry().isEmpty()) {
            throw HttpProblem.invalid("entry", "send the signed submission entry of the record (or use the server-held"
                    + " signature route)");
        }
        LogEntry entry;
        byte[] content;
        try {
            entry = LogEntry.parse(request.entry().getBytes(StandardCharsets.UTF_8));
            content = Base64.getDecoder().decode(request.content() == null ? "" : request.content());
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("entry", e.getMessage());
        }
        Envelope e = entry.statement().envelope();
        require(e.type() == DocumentType.REUNIFICATION, "entry", "this step takes a reunification document, not "
                + e.type().token());
        require(e.addressees().equals(new TreeSet<>(draft.to())), "entry", "the record must be addressed to " + draft.to());
        require(e.answers().map(Digest::hex).equals(Optional.of(draft.act())), "entry", "the record must answer the act's"
                + " envelope " + draft.act());
        require(Arrays.equals(content, text), "content", "the signed bytes differ from the record's text; fetch it again"
                + " and sign exactly it");
        return entry;
    }

    private static void require(boolean rule, String field, String message) {
        if (!rule) {
            throw HttpProblem.invalid(field, message);
        }
    }

    static ReunificationReply reply(ReunionRecord r, boolean caseClosed) {
        return new ReunificationReply(r.child().list().toString(), r.child().rowId(), r.tranche(), r.request().list().toString(),
                r.request().rowId(), r.envelopeId(), caseClosed, r.by(), r.at());
    }
}
