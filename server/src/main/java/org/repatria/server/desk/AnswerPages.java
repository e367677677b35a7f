package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.core.document.DocumentType;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Person;
import org.repatria.core.request.AnswerException;
import org.repatria.core.request.RowAnswer;
import org.repatria.lists.answers.AnswersCsv;
import org.repatria.lists.answers.AnswersFormatException;
import org.repatria.server.access.Rule;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.request.RequestMessages.RequestReply;
import org.repatria.server.request.RequestMessages.SheetReply;
import org.repatria.server.request.Requests;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.store.Store;

/**
 * The requested side answers a request list on the desk: rows picked on screen, or an uploaded CSV/XLSX answers sheet
 * (its problems shown by row, nothing sent), then the answers read once more and signed in the browser (or with the
 * server-held key) as one {@code answers} document for the mediator to relay. {@link Requests} checks both doors alike.
 */
final class AnswerPages {
    private final Requests requests;
    private final Store store;
    private final DocumentSteps steps;
    private final Exchange exchange;
    private final Clock clock;
    private final PageFactory pages;
    /** The columns of an answers sheet in the template's order (request.answer.template.header). */
    private static final List<String> CANONICAL = List.of("row_id", "status", "date", "place", "surname", "given_name",
            "patronymic", "note");
    private final Templates templates;

    AnswerPages(Requests requests, Store store, DocumentSteps steps, Exchange exchange, Clock clock, PageFactory pages,
                Templates templates) {
        this.requests = requests;
        this.store = store;
        this.steps = steps;
        this.exchange = exchange;
        this.clock = clock;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule sides = Rule.roles(Role.PARTY_DESK);
        String one = RequestPages.HOME + "/{id}";
        return List.of(
                Route.desk(GET, one + "/answers/template.csv", sides, "A CSV template of an answers sheet, headed in the"
                        + " reader's language", this::template),
                Route.desk(POST, one + "/answers/draft", sides, "Check answers picked on screen or read from a CSV/XLSX"
                        + " sheet, and show them to sign (nothing is sent)", this::draft),
                Route.desk(POST, one + "/answers", sides, "Send the answers: one answers document signed in the browser"
                        + " or with the server-held key, for the mediator to relay", this::submit));
    }

    /** Where the list's answers are checked before signing. */
    static String draft(RequestReply r) {
        return RequestPages.HOME + "/" + r.listId() + "/answers/draft";
    }

    /** The answers sheet template's address. */
    static String template(RequestReply r) {
        return RequestPages.HOME + "/" + r.listId() + "/answers/template.csv";
    }

    private void template(AdmittedRequest call) {
        Page page = pages.page(call.ctx(), call.identity(), "request.answer.title");
        call.ctx().contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"answers-" + page.lang().tag() + ".csv\"")
                .result(("\uFEFF" + page.t().get("request.answer.template.header") + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private void draft(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        requests.request(call.account(), id, Optional.empty()); // 404 before reading anything of a list not the reader's
        List<RowAnswer> answers;
        Optional<FormFiles.Sent> sheet = FormFiles.sent(call.ctx(), "file").filter(FormFiles.Sent::chosen);
        try {
            if (sheet.isPresent()) {
                SheetReply read = requests.readSheet(call.account(), id, sheet.get().filename(), sheet.get().bytes());
                if (!read.problems().isEmpty()) {
                    call.ctx().status(HttpStatus.UNPROCESSABLE_CONTENT);
                    Text t = pages.page(call.ctx(), call.identity(), "answers.title").t();
                    sign(call, id, List.of(), Optional.empty(), read.problems().stream()
                            .map(p -> SheetProblemWords.shown(t, p)).toList(), Optional.empty());
                    return;
                }
                answers = AnswerForms.ofSheet(read);
            } else {
                answers = AnswerForms.picked(call.ctx());
            }
            if (answers.isEmpty()) {
                throw HttpProblem.invalid(sheet.isPresent() ? "file" : "pick", "tick at least one row to answer, or"
                        + " choose a sheet with at least one answer");
            }
            Exchange.TextToSign text = requests.answersToSign(call.account(), id, answers);
            sign(call, id, answers, Optional.of(DocumentDraft.of(text)), List.of(), Optional.empty());
        } catch (AnswerException e) {
            sign(call, id, List.of(), Optional.empty(), List.of(), Optional.of(NegotiationViews.Problem.shown(call.ctx(),
                    HttpProblem.invalid(e.field(), e.getMessage()))));
        } catch (HttpProblem refused) {
            sign(call, id, List.of(), Optional.empty(), List.of(), Optional.of(NegotiationViews.Problem.shown(call.ctx(),
                    refused)));
        }
    }

    private void submit(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        RequestReply r = requests.request(call.account(), id, Optional.empty());
        DocumentDraft draft = new DocumentDraft(DocumentType.ANSWERS, PartyId.of(r.requestingParty()),
                store.lists().envelopeId(ListId.parse(r.listId())), DocumentDraft.content(call.ctx()));
        try {
            requests.answer(call.account(), id, draft.submission(call.ctx(), call.account(), clock, steps));
        } catch (AnswerException e) {
            sign(call, id, signed(draft), Optional.of(draft), List.of(), Optional.of(NegotiationViews.Problem.shown(
                    call.ctx(), HttpProblem.invalid(e.field(), e.getMessage()))));
            return;
        } catch (HttpProblem refused) { // the same answers again with the reason and a fresh statement; nothing stored
            sign(call, id, signed(draft), Optional.of(draft), List.of(), Optional.of(NegotiationViews.Problem.shown(
                    call.ctx(), refused)));
            return;
        }
        call.ctx().redirect(RequestPages.href(r) + "&done=answers", HttpStatus.SEE_OTHER);
    }

    /** A sheet's column {@code field} (row_id, status, ...) as the reader's template heads it; else as given. */
    static String column(Text t, String field) {
        String[] words = t.get("request.answer.template.header").split(",");
        int at = CANONICAL.indexOf(field);
        return at >= 0 && at < words.length ? words[at] : field;
    }

    /** The answers a refused signing was about, read back from its canonical bytes so the page shows them again. */
    private static List<RowAnswer> signed(DocumentDraft draft) {
        try {
            return AnswersCsv.read(draft.content());
        } catch (AnswersFormatException e) {
            return List.of();
        }
    }

    private void sign(AdmittedRequest call, String id, List<RowAnswer> answers, Optional<DocumentDraft> draft,
                      List<RequestViews.SheetProblem> problems, Optional<NegotiationViews.Problem> problem) {
        Page page = pages.page(call.ctx(), call.identity(), "answers.title");
        Text t = page.t();
        Map<String, Person> persons = store.lists().personsByRowId(ListId.parse(id),
                answers.stream().map(RowAnswer::rowId).toList());
        List<RequestViews.Signed> shown = new ArrayList<>();
        for (RowAnswer a : answers) {
            shown.add(new RequestViews.Signed(a.rowId(), Optional.ofNullable(persons.get(a.rowId()))
                    .map(p -> p.name().full()).orElse(""), RequestFigures.status(t, a.status().token()), a.date().iso(),
                    a.place(), a.nameHeld().full(), a.note()));
        }
        boolean refused = problem.isPresent() || !problems.isEmpty();
        templates.render(call.ctx(), "answers-sign.jte", new RequestViews.Sign(refused ? page.refusing("invalid") : page,
                t.format("answers.count", t.number(answers.size())), List.copyOf(shown),
                RequestPages.HOME + "/" + id + "/answers", draft.map(d -> d.statement(call.account(), clock)).orElse(""),
                draft.map(DocumentDraft::encodedContent).orElse(""), draft.isPresent() && exchange.holdsKeyFor(call.account()),
                problems, problem, RequestPages.HOME + "/" + id));
    }
}
