package org.repatria.server.dispute;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.core.dispute.AnswerText;
import org.repatria.core.dispute.DisputeText;
import org.repatria.server.access.Rule;
import org.repatria.server.api.ApiJson;
import org.repatria.server.document.DocumentMessages;
import org.repatria.server.document.LoggedStep;
import org.repatria.server.error.Refusals;
import org.repatria.server.log.LogMessages;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.store.Store;

/**
 * The disputes' rows of the route table: a document's thread, and disputing or answering with the key the server holds
 * for the caller's side. With its own key a side signs the dispute or answer itself and submits it to
 * {@code POST /api/v1/documents}, where the same rules apply.
 */
public final class DisputeApi {
    private final TransparencyLog log;
    private final Disputes disputes;

    /** The routes of disputes kept in {@code store} and logged on {@code log}, dated by {@code clock}. */
    public DisputeApi(Store store, TransparencyLog log, Clock clock) {
        this.log = log;
        this.disputes = new Disputes(store, log, clock);
    }

    /** Every route of the disputes, each with its authorization rule. */
    public List<Route> routes() {
        return List.of(
                Route.api(GET, "/api/v1/documents/{id}/disputes", Rule.signedIn(),
                        "The disputes about a document and their answers, each with its trail; subject and text only "
                                + "for their author, the mediator and (once relayed) their addressee", this::thread)
                        .withReply(DisputeMessages.ThreadReply.class),
                Route.api(POST, "/api/v1/documents/{id}/disputes", Rule.roles(Role.PARTY_DESK),
                        "Dispute a document relayed to the caller's side, signed with the key the server holds for it; "
                                + "with its own key a side submits the signed dispute to POST /api/v1/documents",
                        this::dispute).withBody(DisputeMessages.DisputeRequest.class).withReply(LogMessages.ReceiptReply.class),
                Route.api(POST, "/api/v1/documents/{id}/answers", Rule.roles(Role.PARTY_DESK),
                        "Answer a dispute relayed to the caller's side, signed with the key the server holds for it; "
                                + "with its own key a side submits the signed answer to POST /api/v1/documents",
                        this::answer).withBody(DisputeMessages.AnswerRequest.class).withReply(LogMessages.ReceiptReply.class));
    }

    private void thread(AdmittedRequest call) {
        DisputeThread c = disputes.thread(call.account(), call.ctx().pathParam("id"));
        call.ctx().json(new DisputeMessages.ThreadReply(c.envelopeId(), c.document().type().token(),
                c.document().author().value(), c.disputes().stream().map(r -> new DisputeMessages.DisputeReply(
                        said(r.dispute()), r.answers().stream().map(DisputeApi::said).toList())).toList()));
    }

    private void dispute(AdmittedRequest call) {
        DisputeMessages.DisputeRequest body = ApiJson.read(call.ctx(), DisputeMessages.DisputeRequest.class);
        DisputeText text = Refusals.translate(() -> new DisputeText(orEmpty(body.subject()), orEmpty(body.text())));
        logged(call, disputes.dispute(call.account(), call.ctx().pathParam("id"), text));
    }

    private void answer(AdmittedRequest call) {
        DisputeMessages.AnswerRequest body = ApiJson.read(call.ctx(), DisputeMessages.AnswerRequest.class);
        AnswerText text = Refusals.translate(() -> new AnswerText(orEmpty(body.text())));
        logged(call, disputes.answer(call.account(), call.ctx().pathParam("id"), text));
    }

    private void logged(AdmittedRequest call, Disputes.Outline outline) {
        call.ctx().status(201).json(LogMessages.ReceiptReply.of(log,
                disputes.submitWithServerHeldKey(call.account(), outline)));
    }

    private static DisputeMessages.SaidReply said(DisputeThread.Said s) {
        return new DisputeMessages.SaidReply(s.envelopeId(), s.author().value(), s.to().value(), s.time().toString(),
                s.text().isPresent(), s.subject().orElse(""), s.text().orElse(""), steps(s.trail()));
    }

    private static List<DocumentMessages.Step> steps(List<LoggedStep> trail) {
        return trail.stream().map(t -> new DocumentMessages.Step(t.index(), t.kind().token(), t.signer().value())).toList();
    }

    private static String orEmpty(String value) {
        return Optional.ofNullable(value).orElse("");
    }
}
