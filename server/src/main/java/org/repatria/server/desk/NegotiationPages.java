package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.document.DocumentType;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.server.access.Rule;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.AgreementMessages.StepReply;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.store.Store;

/**
 * Negotiating on the desk: propose an agreement from a form, counter the text on the table, accept it. Each is the
 * same signed document the API takes, signed in the browser with the party's key file or with the server-held key.
 */
final class NegotiationPages {
    private static final String HOME = "/desk/agreements";
    private final Exchange exchange;
    private final Store store;
    private final DocumentSteps steps;
    private final Clock clock;
    private final PageFactory pages;
    private final Templates templates;

    NegotiationPages(Exchange exchange, Store store, DocumentSteps steps, Clock clock, PageFactory pages, Templates templates) {
        this.exchange = exchange;
        this.store = store;
        this.steps = steps;
        this.clock = clock;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule sides = Rule.roles(Role.PARTY_DESK);
        return List.of(
                Route.desk(GET, "/desk/proposals", sides, "The form proposing a new agreement", this::newForm),
                Route.desk(POST, "/desk/proposals", sides, "Check a proposal's form and show its text to sign",
                        call -> draft(call, Optional.empty())),
                Route.desk(POST, HOME, sides, "Propose an agreement: its text signed in the browser or with the"
                        + " server-held key", this::propose),
                Route.desk(GET, HOME + "/{id}/counter", sides, "The form countering the text on the table, filled with it",
                        this::counterForm),
                Route.desk(POST, HOME + "/{id}/counter/draft", sides, "Check a counter-proposal's form and show its text to"
                        + " sign", call -> draft(call, Optional.of(id(call)))),
                Route.desk(POST, HOME + "/{id}/counter", sides, "Counter the text on the table with a signed proposal",
                        this::counter),
                Route.desk(POST, HOME + "/{id}/acceptance", sides, "Accept the text on the table: a signed answer of"
                        + " exactly its bytes", this::accept));
    }

    /** What the caller may do with the text on the table: answer the other side's relayed text, once. */
    Optional<NegotiationViews.Answer> answer(Account caller, AgreementReply a) {
        String me = caller.party().value();
        if (caller.role() != Role.PARTY_DESK || a.state().equals("ACCEPTED") || !(a.first().equals(me)
                || a.second().equals(me))) {
            return Optional.empty();
        }
        StepReply latest = latest(a);
        boolean answered = a.steps().stream().anyMatch(s -> s.number() > latest.number() && s.party().equals(me));
        if (latest.party().equals(me) || !latest.relayed() || answered) {
            return Optional.empty();
        }
        DocumentDraft acceptance = acceptance(caller, a);
        return Optional.of(new NegotiationViews.Answer(HOME + "/" + a.id() + "/acceptance",
                acceptance.statement(caller, clock), acceptance.encodedContent(), exchange.holdsKeyFor(caller),
                HOME + "/" + a.id() + "/counter"));
    }

    private void newForm(AdmittedRequest call) {
        form(call, Optional.empty(), Map.of("terms", List.of("fixed-counts"), "health", List.of("FIT", "WOUNDED",
                "SERIOUSLY_WOUNDED_OR_SICK"), "exempt", List.of("SERIOUSLY_WOUNDED_OR_SICK")), Optional.empty(), 200);
    }

    private void counterForm(AdmittedRequest call) {
        AgreementReply a = exchange.agreement(call.account(), id(call));
        form(call, Optional.of(a.id()), AgreementForm.values(AgreementText.parse(a.text().getBytes(StandardCharsets.UTF_8))),
                Optional.empty(), 200);
    }

    private void form(AdmittedRequest call, Optional<String> agreement, Map<String, List<String>> values,
                      Optional<NegotiationViews.Problem> problem, int status) {
        Page page = pages.page(call.ctx(), call.identity(), agreement.isPresent() ? "negotiation.counterTitle"
                : "negotiation.proposeTitle");
        String me = call.account().party().value();
        List<String> others = store.parties().all().stream().filter(p -> p.kind() == PartyKind.BELLIGERENT)
                .map(p -> p.id().value()).filter(p -> !p.equals(me)).sorted().toList();
        List<String> sides = agreement.map(id -> exchange.agreement(call.account(), id))
                .map(a -> List.of(a.first(), a.second()))
                .orElse(Stream.concat(Stream.of(me), others.stream()).toList());
        call.ctx().status(status);
        templates.render(call.ctx(), "proposal-form.jte", new NegotiationViews.Form(page, page.title(),
                agreement.map(id -> HOME + "/" + id + "/counter/draft").orElse("/desk/proposals"), agreement, others,
                sides, values, problem));
    }

    private void draft(AdmittedRequest call, Optional<String> agreement) {
        Map<String, List<String>> values = call.ctx().formParamMap();
        Agreement text;
        DocumentDraft draft;
        try {
            text = AgreementForm.read(values, sides(call, agreement, values));
            draft = agreement.isPresent() ? counterDraft(call.account(), exchange.agreement(call.account(),
                    agreement.get()), text) : new DocumentDraft(DocumentType.PROPOSAL, text.counterpart(call.account().party()),
                    Optional.empty(), AgreementText.render(text));
        } catch (HttpProblem refused) {
            form(call, agreement, values, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)), 400);
            return;
        }
        sign(call, draft, agreement.map(id -> HOME + "/" + id + "/counter").orElse(HOME), Optional.empty());
    }

    private void propose(AdmittedRequest call) {
        byte[] content = DocumentDraft.content(call.ctx());
        DocumentDraft draft = new DocumentDraft(DocumentType.PROPOSAL, counterpart(call.account(), readBack(content)), Optional.empty(),
                content);
        submit(call, draft, HOME, () -> exchange.propose(call.account(), draft.submission(call.ctx(), call.account(),
                clock, steps)));
    }

    private void counter(AdmittedRequest call) {
        AgreementReply a = exchange.agreement(call.account(), id(call));
        DocumentDraft draft = counterDraft(call.account(), a, readBack(DocumentDraft.content(call.ctx())));
        submit(call, draft, HOME + "/" + a.id() + "/counter", () -> exchange.counter(call.account(), a.id(),
                draft.submission(call.ctx(), call.account(), clock, steps)));
    }

    private void accept(AdmittedRequest call) {
        AgreementReply a = exchange.agreement(call.account(), id(call));
        DocumentDraft draft = acceptance(call.account(), a);
        submit(call, draft, HOME + "/" + a.id() + "/acceptance", () -> exchange.accept(call.account(), a.id(),
                draft.submission(call.ctx(), call.account(), clock, steps)));
    }

    /** Submits; a refusal shows the document again with the reason, a fresh statement to sign, and stores nothing. */
    private void submit(AdmittedRequest call, DocumentDraft draft, String action, Supplier<AgreementReply> step) {
        AgreementReply done;
        try {
            done = step.get();
        } catch (HttpProblem refused) {
            sign(call, draft, action, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)));
            return;
        }
        call.ctx().redirect(HOME + "/" + done.id(), HttpStatus.SEE_OTHER);
    }

    private void sign(AdmittedRequest call, DocumentDraft draft, String action, Optional<NegotiationViews.Problem> problem) {
        Page page = pages.page(call.ctx(), call.identity(), "negotiation.signTitle");
        templates.render(call.ctx(), "proposal-sign.jte", new NegotiationViews.Sign(page, page.t().get(
                "doctype." + draft.type().token()), new String(draft.content(), StandardCharsets.UTF_8), action,
                draft.statement(call.account(), clock), draft.encodedContent(), exchange.holdsKeyFor(call.account()),
                problem, HOME, page.t().get("negotiation.back")));
    }

    private AgreementForm.Sides sides(AdmittedRequest call, Optional<String> agreement, Map<String, List<String>> values) {
        PartyId me = call.account().party();
        if (agreement.isPresent()) {
            AgreementReply a = exchange.agreement(call.account(), agreement.get());
            return new AgreementForm.Sides(PartyId.of(a.first()), PartyId.of(a.second()), PartyId.of(a.mediator()));
        }
        String other = values.getOrDefault("counterparty", List.of()).stream().findFirst().orElse("");
        store.parties().all().stream().filter(p -> p.kind() == PartyKind.BELLIGERENT && p.id().value().equals(other)
                && !p.id().equals(me)).findFirst().orElseThrow(() -> HttpProblem.invalid("counterparty",
                "choose the other side of the exchange"));
        PartyId mediator = store.parties().all().stream().filter(p -> p.kind() == PartyKind.MEDIATOR).map(Party::id)
                .findFirst().orElseThrow(() -> HttpProblem.invalid("counterparty", "no mediator is registered to relay"
                        + " the proposal; ask the operator to add one"));
        return new AgreementForm.Sides(me, PartyId.of(other), mediator);
    }

    private static DocumentDraft counterDraft(Account caller, AgreementReply a, Agreement text) {
        if (!text.id().value().equals(a.id())) {
            throw HttpProblem.invalid("id", "a counter-proposal keeps the agreement's id " + a.id());
        }
        return new DocumentDraft(DocumentType.PROPOSAL, counterpart(caller, text), Optional.of(latest(a).envelopeId()),
                AgreementText.render(text));
    }

    private static DocumentDraft acceptance(Account caller, AgreementReply a) {
        PartyId me = caller.party();
        PartyId other = PartyId.of(a.first().equals(me.value()) ? a.second() : a.first());
        return new DocumentDraft(DocumentType.ANSWER, other, Optional.of(latest(a).envelopeId()),
                a.text().getBytes(StandardCharsets.UTF_8));
    }

    private static StepReply latest(AgreementReply a) {
        return a.steps().reversed().stream().filter(s -> !s.kind().equals("ACCEPTANCE")).findFirst().orElseThrow();
    }

    private static PartyId counterpart(Account caller, Agreement text) {
        if (!text.isParty(caller.party())) {
            throw HttpProblem.invalid("content", "you work for " + caller.party() + ", who is not a side of this text");
        }
        return text.counterpart(caller.party());
    }

    private static Agreement readBack(byte[] content) {
        try {
            return AgreementText.parse(content);
        } catch (RuntimeException e) {
            throw HttpProblem.invalid("content", "not an agreement text: " + e.getMessage());
        }
    }

    private static String id(AdmittedRequest call) {
        return call.ctx().pathParam("id");
    }
}
