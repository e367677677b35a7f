package org.repatria.server.request;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;
import static org.repatria.server.route.Method.PUT;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.core.request.AnswerException;
import org.repatria.core.request.RowStatus;
import org.repatria.server.access.Rule;
import org.repatria.server.api.ApiJson;
import org.repatria.server.document.DocumentMessages;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.request.RequestMessages.AnswersReply;
import org.repatria.server.request.RequestMessages.ChartReply;
import org.repatria.server.request.RequestMessages.ChartStep;
import org.repatria.server.request.RequestMessages.DeadlineRequest;
import org.repatria.server.request.RequestMessages.ReminderReply;
import org.repatria.server.request.RequestMessages.ReminderRequest;
import org.repatria.server.request.RequestMessages.RequestReply;
import org.repatria.server.request.RequestMessages.RowsReply;
import org.repatria.server.request.RequestMessages.ServerHeldAnswers;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Param;
import org.repatria.server.route.Query;
import org.repatria.server.route.Route;
import org.repatria.server.reads.Reads;

/** The requests' rows of the route table: request lists with their counts, rows and history, answers, deadlines, reminders. */
public final class RequestApi {
    private static final String BASE = "/api/v1/requests";
    private static final String ONE = BASE + "/{id}";
    private static final int DEFAULT_LIMIT = 50;
    private final Requests requests;

    /** The routes of {@code requests}. */
    public RequestApi(Requests requests) {
        this.requests = requests;
    }

    /** Every route, each with its rule; which request a caller sees is decided inside ({@code RequestReaders}). */
    public List<Route> routes() {
        Rule readers = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK, Role.OBSERVER);
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        Rule sides = Rule.roles(Role.PARTY_DESK);
        Rule mediator = Rule.roles(Role.MEDIATOR);
        Param party = new Param("party", "string", "the requested party, for a list relayed to several (default: the"
                + " caller's own, else the first)");
        return List.of(
                Route.api(GET, BASE, readers, "Every relayed request list the caller may see, per requested party: rows,"
                        + " answered, by status (unanswered included), ageing since the relay, overdue", call -> call.ctx()
                        .json(requests.requests(call.account()))).withReplies(RequestReply.class),
                Route.api(GET, ONE, readers, "One request list's figures, as in the list of requests", call -> call.ctx()
                        .json(requests.request(call.account(), id(call), Query.text(call.ctx(), "party"))))
                        .withQuery(party).withReply(RequestReply.class),
                Route.api(GET, ONE + "/rows", desks, "A page of a request list's rows, each with its status and every answer"
                        + " the caller may see (the requesting side: once relayed); children's rows to child workers only",
                        call -> {
                            RequestMessages.RowsReply rows = requests.rows(call.account(), id(call), Query.text(call.ctx(), "party"),
                                    status(call), Query.integer(call.ctx(), "offset", 0, 0, 100_000_000),
                                    Query.integer(call.ctx(), "limit", DEFAULT_LIMIT, 1, Requests.MAX_LIMIT));
                            Reads.persons(call, List.of(id(call)), rows.rows().size());
                            call.ctx().json(rows);
                        })
                        .withQuery(party, new Param("status", "string", "only rows with this status (unanswered, held,"
                                        + " located, returned, deceased, not-found, no-information)"),
                                new Param("offset", "integer", "rows to skip, from 0"),
                                new Param("limit", "integer", "page size, 1 to 500 (default 50)"))
                        .withReply(RowsReply.class),
                Route.api(GET, ONE + "/chart", readers, "Answers over time for a request list: per day or week, answers"
                        + " given by status and rows answered at each period's end", call -> call.ctx().json(requests.chart(
                        call.account(), id(call), Query.text(call.ctx(), "party"), step(call))))
                        .withQuery(party, new Param("step", "string", "day or week (default week)"))
                        .withReply(ChartReply.class),
                Route.api(POST, ONE + "/answers", sides, "Answer rows of a request list relayed to the caller's side: a"
                        + " signed answers document (canonical answers CSV) addressed to the requesting side, answering"
                        + " the list's document", call -> call.ctx().status(201).json(requests.answer(call.account(),
                        id(call), ApiJson.read(call.ctx(), DocumentMessages.Submit.class))))
                        .withBody(DocumentMessages.Submit.class).withReply(AnswersReply.class),
                Route.api(POST, ONE + "/answers/server-held-signature", sides, "Answer rows with the key the server holds"
                        + " for the caller's side (only where the mediator enabled one); the body is the canonical answers"
                        + " CSV in base64", call -> call.ctx().status(201).json(requests.answerWithServerHeldKey(
                        call.account(), id(call), AnswerSubmissions.read(base64(ApiJson.read(call.ctx(),
                                ServerHeldAnswers.class).content()))))).withBody(ServerHeldAnswers.class)
                        .withReply(AnswersReply.class),
                Route.api(PUT, ONE + "/deadline", mediator, "Set a request list's response deadline (null clears it)",
                        call -> call.ctx().json(requests.setDeadline(call.account(), id(call), ApiJson.read(call.ctx(),
                                DeadlineRequest.class)))).withBody(DeadlineRequest.class).withReply(RequestReply.class),
                Route.api(GET, ONE + "/reminders", desks, "The reminders sent for a request list (a requested side: its own)",
                        call -> call.ctx().json(requests.reminders(call.account(), id(call))))
                        .withReplies(ReminderReply.class),
                Route.api(POST, ONE + "/reminders", mediator, "Remind the requested side: a reminder document the mediator"
                        + " signs onto the log, addressed to it", call -> call.ctx().status(201).json(requests.remind(
                        call.account(), id(call), ApiJson.read(call.ctx(), ReminderRequest.class))))
                        .withBody(ReminderRequest.class).withReply(ReminderReply.class));
    }

    private static String id(AdmittedRequest call) {
        return call.ctx().pathParam("id");
    }

    private static Optional<RowStatus> status(AdmittedRequest call) {
        try {
            return Query.text(call.ctx(), "status").map(RowStatus::ofToken);
        } catch (AnswerException e) {
            throw HttpProblem.invalid("status", e.getMessage());
        }
    }

    private static ChartStep step(AdmittedRequest call) {
        String raw = Query.text(call.ctx(), "step").orElse("week").toUpperCase(Locale.ROOT);
        try {
            return ChartStep.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("step", "must be day or week");
        }
    }

    private static byte[] base64(String content) {
        try {
            return Base64.getDecoder().decode(content == null ? "" : content);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("content", "not base64: " + e.getMessage());
        }
    }
}
