package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.dispute.AnswerText;
import org.repatria.core.dispute.DisputeText;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.Rule;
import org.repatria.server.dispute.DisputeThread;
import org.repatria.server.dispute.Disputes;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * Disputing a document and answering a dispute from the desk (docs/decisions/0120): the thread page with the form,
 * the text to sign, and the signed dispute or answer (in the browser with the party's key file, or with the key the
 * server holds for it), logged like any document and relayed by the mediator.
 */
final class DisputePages {
    private final DisputeThreads threads;
    private final Disputes disputes;
    private final Clock clock;
    private final PageFactory pages;
    private final Templates templates;

    DisputePages(DisputeThreads threads, Clock clock, PageFactory pages, Templates templates) {
        this.threads = threads;
        this.disputes = threads.disputes();
        this.clock = clock;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule sides = Rule.roles(Role.PARTY_DESK);
        String one = "/desk/documents/{id}";
        return List.of(
                Route.desk(GET, one + "/disputes", Rule.signedIn(), "The disputes about a document and their answers, "
                        + "with the form disputing it", call -> thread(call, id(call), "", "", Optional.empty())),
                Route.desk(POST, one + "/disputes/draft", sides, "Check a dispute's subject and text and show the text "
                        + "to sign", this::draftDispute),
                Route.desk(POST, one + "/disputes", sides, "Dispute a document relayed to the caller's side: the signed "
                        + "dispute goes on the log", this::raise),
                Route.desk(POST, one + "/answers/draft", sides, "Check an answer to a dispute and show the text to sign",
                        this::draftAnswer),
                Route.desk(POST, one + "/answers", sides, "Answer a dispute relayed to the caller's side: the signed "
                        + "answer goes on the log", this::answer));
    }

    private void thread(AdmittedRequest call, String id, String subject, String text, Optional<NegotiationViews.Problem> problem) {
        Account me = call.account();
        Page page = pages.page(call.ctx(), call.identity(), "disputes.title");
        Map<PartyId, String> names = pages.partyNames();
        DisputeThread contested = disputes.thread(me, id);
        Envelope e = contested.document();
        String about = page.t().format("disputes.about", page.t().get("doctype." + e.type().token()),
                names.getOrDefault(e.author(), e.author().value()), page.t().when(e.time()));
        templates.render(call.ctx(), "disputes.jte", new DisputeViews.Thread(page, about, id,
                threads.of(me, id, page.t(), names), threads.disputeHref(me, id).map(h -> h + "/draft"), subject, text,
                problem));
    }

    private void draftDispute(AdmittedRequest call) {
        String subject = form(call, "subject");
        String text = form(call, "text");
        Disputes.Outline outline;
        try {
            outline = disputes.dispute(call.account(), id(call), Refusals.translate(() -> new DisputeText(subject, text)));
        } catch (HttpProblem refused) {
            thread(call, id(call), subject, text, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)));
            return;
        }
        sign(call, outline, Optional.empty());
    }

    private void raise(AdmittedRequest call) {
        DisputeText text = Refusals.translate(() -> DisputeText.parse(DocumentDraft.content(call.ctx())));
        submit(call, disputes.dispute(call.account(), id(call), text));
    }

    private void draftAnswer(AdmittedRequest call) {
        String text = form(call, "text");
        Disputes.Outline outline;
        try {
            outline = disputes.answer(call.account(), id(call), Refusals.translate(() -> new AnswerText(text)));
        } catch (HttpProblem refused) {
            String disputed = disputes.disputed(call.account(), id(call)).orElseThrow(() -> refused);
            thread(call, disputed, "", "", Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)));
            return;
        }
        sign(call, outline, Optional.empty());
    }

    private void answer(AdmittedRequest call) {
        AnswerText text = Refusals.translate(() -> AnswerText.parse(DocumentDraft.content(call.ctx())));
        submit(call, disputes.answer(call.account(), id(call), text));
    }

    /** Logs the signed outline; a refusal shows the text again with the reason and a fresh statement, and logs nothing. */
    private void submit(AdmittedRequest call, Disputes.Outline outline) {
        try {
            if (SignedForms.serverHeld(call.ctx())) {
                disputes.submitWithServerHeldKey(call.account(), outline);
            } else {
                disputes.submit(call.account(), outline, SignedForms.entry(call.ctx()));
            }
        } catch (HttpProblem refused) {
            sign(call, outline, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)));
            return;
        }
        call.ctx().redirect(back(call, outline), HttpStatus.SEE_OTHER);
    }

    private void sign(AdmittedRequest call, Disputes.Outline outline, Optional<NegotiationViews.Problem> problem) {
        Page page = pages.page(call.ctx(), call.identity(), "disputes.signTitle");
        DocumentDraft draft = new DocumentDraft(outline.type(), outline.to(), Optional.of(outline.answers()), outline.content());
        String action = DisputeThreads.href(id(call)) + (outline.type() == DocumentType.DISPUTE ? "/disputes" : "/answers");
        templates.render(call.ctx(), "proposal-sign.jte", new NegotiationViews.Sign(page, page.t().get("doctype."
                + outline.type().token()), outline.text(), action,
                draft.statement(call.account(), clock), draft.encodedContent(), disputes.holdsKeyFor(call.account()),
                problem, back(call, outline), page.t().get("disputes.back")));
    }

    /** The thread page the outline belongs to: the disputed document's. */
    private String back(AdmittedRequest call, Disputes.Outline outline) {
        String disputed = outline.type() == DocumentType.DISPUTE ? outline.answers()
                : disputes.disputed(call.account(), outline.answers()).orElse(outline.answers());
        return DisputeThreads.href(disputed) + "/disputes";
    }

    private static String form(AdmittedRequest call, String name) {
        return Optional.ofNullable(call.ctx().formParam(name)).orElse("");
    }

    private static String id(AdmittedRequest call) {
        return call.ctx().pathParam("id");
    }
}
