package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.request.AnswerException;
import org.repatria.core.request.RowStatus;
import org.repatria.server.access.Rule;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.request.RequestMessages.ChartStep;
import org.repatria.server.request.RequestMessages.DeadlineRequest;
import org.repatria.server.request.RequestMessages.ReminderRequest;
import org.repatria.server.request.RequestMessages.RequestReply;
import org.repatria.server.request.Requests;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * The request lists on the desk: every list the reader may see with its figures at a glance, and one list with its
 * chart of answers over time, its rows (filtered by status, paged) and each row's history; the mediator sets the
 * response deadline and sends reminders here. Answering is {@link AnswerPages}. Need-to-know is {@link Requests}'s.
 */
final class RequestPages {
    static final String HOME = "/desk/requests";
    private final Requests requests;
    private final RequestFigures figures;
    private final RequestRows rows;
    private final Clock clock;
    private final PageFactory pages;
    private final Templates templates;

    RequestPages(Requests requests, RequestRows rows, Clock clock, PageFactory pages, Templates templates) {
        this.requests = requests;
        this.clock = clock;
        this.figures = new RequestFigures();
        this.rows = rows;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule readers = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK, Role.OBSERVER);
        Rule mediator = Rule.roles(Role.MEDIATOR);
        return List.of(
                Route.desk(GET, HOME, readers, "Every request list the caller may see: requested, answered, by status,"
                        + " waiting by age, overdue, deadline", this::index),
                Route.desk(GET, HOME + "/{id}", readers, "One request list: its figures, a chart of answers over time, its"
                        + " rows by status (paged) with every answer", call -> show(call, Optional.empty())),
                Route.desk(POST, HOME + "/{id}/deadline", mediator, "Set (or clear) a request list's response deadline",
                        this::deadline),
                Route.desk(POST, HOME + "/{id}/reminders", mediator, "Remind the requested side of a list: a reminder"
                        + " document on the log", this::remind));
    }

    private void index(AdmittedRequest call) {
        Page page = pages.page(call.ctx(), call.identity(), "requests.title");
        Map<String, String> titles = rows.titles();
        List<RequestViews.Figures> lines = requests.requests(call.account()).stream()
                .map(r -> figures.of(r, titles.getOrDefault(r.listId(), r.listId()), href(r),
                        rows.countsOnly(call.account(), r, page.t()), page.t()))
                .toList();
        templates.render(call.ctx(), "requests.jte", new RequestViews.Index(page, lines));
    }

    /** The list page; {@code problem} says why the mediator's last step was refused (then nothing changed). */
    void show(AdmittedRequest call, Optional<NegotiationViews.Problem> problem) {
        Account me = call.account();
        String id = call.ctx().pathParam("id");
        Optional<String> party = Optional.ofNullable(call.ctx().queryParam("party")).filter(p -> !p.isBlank());
        RequestReply r = requests.request(me, id, party);
        Page page = pages.page(call.ctx(), call.identity(), "request.title");
        Text t = page.t();
        Optional<String> notice = switch (Optional.ofNullable(call.ctx().queryParam("done")).orElse("")) {
            case "deadline" -> Optional.of(t.format("request.deadline.done", Optional.ofNullable(r.deadline())
                    .map(t::when).orElse(t.get("requests.deadline.none"))));
            case "reminder" -> Optional.of(t.format("request.reminder.done", t.party(r.requestedParty())));
            case "answers" -> Optional.of(t.get("answers.sent"));
            default -> Optional.empty();
        };
        String title = rows.titles().getOrDefault(r.listId(), r.listId());
        Optional<RowStatus> status = status(call);
        int offset = RequestRows.offset(call);
        AnswersChart chart = AnswersChart.of(t.get("request.chart"), requests.chart(me, id, Optional.of(r.requestedParty()),
                step(r)), t);
        Optional<RequestViews.Rows> shown = rows.page(me, r, status, offset, href(r), t);
        Optional<RequestViews.Answering> answering = me.role() == Role.PARTY_DESK
                && me.party().value().equals(r.requestedParty()) && shown.isPresent()
                ? Optional.of(new RequestViews.Answering(AnswerPages.draft(r), statuses(t), AnswerPages.template(r)))
                : Optional.empty();
        Optional<RequestViews.Mediating> mediating = me.role() == Role.MEDIATOR
                ? Optional.of(new RequestViews.Mediating(HOME + "/" + r.listId() + "/deadline",
                Optional.ofNullable(r.deadline()).map(d -> d.atZone(ZoneOffset.UTC).toLocalDate().toString()).orElse(""),
                HOME + "/" + r.listId() + "/reminders", r.requestedParty(), t.party(r.requestedParty())))
                : Optional.empty();
        List<RequestViews.Count> filters = new ArrayList<>();
        for (RowStatus s : RowStatus.values()) {
            filters.add(new RequestViews.Count(s.token(), RequestFigures.status(t, s.token()),
                    t.number(r.byStatus().getOrDefault(s.token(), 0)), r.byStatus().getOrDefault(s.token(), 0)));
        }
        Optional<String> countsOnly = shown.isPresent() ? Optional.empty()
                : rows.countsOnly(me, r, t).or(() -> Optional.of(t.get("requests.countsOnly")));
        templates.render(call.ctx(), "request.jte", new RequestViews.One(problem.isPresent() ? page.refusing("invalid") : page,
                figures.of(r, title, href(r), countsOnly, t), HOME + "/" + r.listId(), "/desk/lists/" + r.listId(), chart,
                shown, filters, status.map(RowStatus::token).orElse(""), answering, mediating, reminders(me, r, t), notice,
                problem));
    }

    /** The reminders sent to {@code r}'s requested party, in words: "2025-08-01 09:00 UTC → Россия". */
    private List<String> reminders(Account me, RequestReply r, Text t) {
        return requests.reminders(me, r.listId()).stream().filter(m -> m.to().equals(r.requestedParty()))
                .map(m -> t.format("request.reminders.line", t.when(m.at()), t.party(m.to()))).toList();
    }

    private void deadline(AdmittedRequest call) {
        String raw = Optional.ofNullable(call.ctx().formParam("deadline")).orElse("").strip();
        Instant deadline = null;
        if (!raw.isEmpty()) {
            try {
                deadline = LocalDate.parse(raw).atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                refused(call, HttpProblem.invalid("deadline", "'" + raw + "' is not a date such as 2025-08-01"));
                return;
            }
        }
        try {
            RequestReply r = requests.setDeadline(call.account(), call.ctx().pathParam("id"), new DeadlineRequest(deadline));
            call.ctx().redirect(href(r) + "&done=deadline", HttpStatus.SEE_OTHER);
        } catch (HttpProblem refused) {
            refused(call, refused);
        }
    }

    private void remind(AdmittedRequest call) {
        String to = Optional.ofNullable(call.ctx().formParam("to")).orElse("");
        String note = Optional.ofNullable(call.ctx().formParam("note")).orElse("");
        try {
            requests.remind(call.account(), call.ctx().pathParam("id"), new ReminderRequest(to, note));
            call.ctx().redirect(HOME + "/" + call.ctx().pathParam("id") + "?party=" + Page.enc(to) + "&done=reminder",
                    HttpStatus.SEE_OTHER);
        } catch (HttpProblem refused) {
            refused(call, refused);
        }
    }

    private void refused(AdmittedRequest call, HttpProblem refused) {
        show(call, Optional.of(NegotiationViews.Problem.shown(call.ctx(), refused)));
    }

    private static Optional<RowStatus> status(AdmittedRequest call) {
        String raw = Optional.ofNullable(call.ctx().queryParam("status")).orElse("").strip();
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RowStatus.ofToken(raw));
        } catch (AnswerException e) {
            throw HttpProblem.invalid("status", e.getMessage());
        }
    }

    /** Days while the list is young; weeks once it has waited over a month. */
    private ChartStep step(RequestReply r) {
        return r.relayedAt() != null && r.relayedAt().isBefore(clock.instant().minusSeconds(31L * 86_400)) ? ChartStep.WEEK
                : ChartStep.DAY;
    }

    static List<RequestViews.Count> statuses(Text t) {
        return RowStatus.answers().stream()
                .map(s -> new RequestViews.Count(s.token(), RequestFigures.status(t, s.token()), "", 0)).toList();
    }

    /** The list's page as {@code r}'s requested party answered it. */
    static String href(RequestReply r) {
        return HOME + "/" + r.listId() + "?party=" + Page.enc(r.requestedParty());
    }
}
