package org.repatria.server.log;

import java.util.List;
import java.util.Optional;
import org.repatria.core.dispute.AnswerText;
import org.repatria.core.dispute.DisputeText;
import org.repatria.server.api.ApiJson;
import org.repatria.server.route.AdmittedRequest;

/**
 * The disputes' API: a document's thread, and disputing or answering with the key the server holds for the caller's
 * side. With its own key a side signs the dispute or answer itself and submits it to {@code POST /api/v1/documents},
 * where the same rules apply.
 */
final class DisputeEndpoints {
    private final Disputes disputes;
    private final LogEndpoints receipts;

    DisputeEndpoints(Disputes disputes, LogEndpoints receipts) {
        this.disputes = disputes;
        this.receipts = receipts;
    }

    void thread(AdmittedRequest call) {
        Contested c = disputes.thread(call.account(), call.ctx().pathParam("id"));
        call.ctx().json(new LogMessages.ThreadReply(c.envelopeId(), c.document().type().token(), c.document().author().value(),
                c.disputes().stream().map(r -> new LogMessages.DisputeReply(said(r.dispute()),
                        r.answers().stream().map(DisputeEndpoints::said).toList())).toList()));
    }

    void dispute(AdmittedRequest call) {
        LogMessages.DisputeRequest body = ApiJson.read(call.ctx(), LogMessages.DisputeRequest.class);
        DisputeText text = Disputes.worded(() -> new DisputeText(orEmpty(body.subject()), orEmpty(body.text())));
        logged(call, disputes.dispute(call.account(), call.ctx().pathParam("id"), text));
    }

    void answer(AdmittedRequest call) {
        LogMessages.AnswerRequest body = ApiJson.read(call.ctx(), LogMessages.AnswerRequest.class);
        AnswerText text = Disputes.worded(() -> new AnswerText(orEmpty(body.text())));
        logged(call, disputes.answer(call.account(), call.ctx().pathParam("id"), text));
    }

    private void logged(AdmittedRequest call, Disputes.Outline outline) {
        receipts.created(call, disputes.submitWithServerHeldKey(call.account(), outline));
    }

    private static LogMessages.SaidReply said(Contested.Said s) {
        return new LogMessages.SaidReply(s.envelopeId(), s.author().value(), s.to().value(), s.time().toString(),
                s.text().isPresent(), s.subject().orElse(""), s.text().orElse(""), steps(s.trail()));
    }

    private static List<LogMessages.Step> steps(List<ListDocuments.Step> trail) {
        return trail.stream().map(t -> new LogMessages.Step(t.index(), t.kind().token(), t.signer().value())).toList();
    }

    private static String orEmpty(String value) {
        return Optional.ofNullable(value).orElse("");
    }
}
