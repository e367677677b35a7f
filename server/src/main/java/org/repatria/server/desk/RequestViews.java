package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;

/** The typed models of the request pages ({@code requests.jte}, {@code request.jte}, {@code answers-sign.jte}). */
final class RequestViews {
    private RequestViews() {
    }

    /** Every request list the reader may see. */
    record Index(Page page, List<Figures> lists) {
    }

    /**
     * One list as one requested party sees it answered, at a glance: who asks whom, how many rows, answered (and the
     * share), by status, waiting by age, overdue, the deadline; {@code countsOnly} says why the reader sees no row ("" when
     * it does).
     */
    record Figures(String href, String title, String sides, String category, String requested, String answered,
                   List<Count> byStatus, List<Count> ageing, String overdue, long overdueCount, String deadline,
                   String countsOnly) {
    }

    /** A labelled count: {@code key} for programs (a status token, a bucket), {@code words} and {@code shown} for people. */
    record Count(String key, String words, String shown, long n) {
    }

    /**
     * One request list: its figures, the chart, the rows (or why they are not shown), the status filter, paging links,
     * and what the reader may do: answer ({@code answering}), or set the deadline and remind ({@code mediating}); the
     * reminders sent so far (when, to whom).
     */
    record One(Page page, Figures figures, String self, String listLink, AnswersChart chart, Optional<Rows> rows,
               List<Count> filters, String status, Optional<Answering> answering, Optional<Mediating> mediating,
               List<String> reminders, Optional<String> notice, Optional<NegotiationViews.Problem> problem) {
    }

    /** A page of rows: "rows 1–50 of 339", the rows, the previous and next pages. */
    record Rows(String showing, List<Row> rows, Optional<String> previous, Optional<String> next) {
    }

    /** One row: its id, the person asked for, its status now (token and words), when answered, and every answer. */
    record Row(String rowId, String person, String status, String statusWords, String answeredAt, List<Answer> history) {
    }

    /** One answer as given, {@code superseded} when a later one replaced it. */
    record Answer(String statusWords, String date, String place, String nameHeld, String note, String at,
                  String document, boolean superseded) {
    }

    /** The answering form: where it posts, the statuses to pick from, and the template's address. */
    record Answering(String draft, List<Count> statuses, String template) {
    }

    /** The mediator's forms: the deadline (as typed) and the reminder, to whom it goes. */
    record Mediating(String deadlineAction, String deadline, String reminderAction, String to, String toWords) {
    }

    /**
     * The answers to read and sign: each answered row, the form's statement and content, whether the server holds the
     * key, the problems (a sheet's rows; then nothing can be signed), and the way back.
     */
    record Sign(Page page, String title, List<Signed> answers, String action, String statement, String content,
                boolean serverHeld, List<SheetProblem> problems, Optional<NegotiationViews.Problem> problem, String back) {
    }

    /** One answer to sign, as the reader reads it. */
    record Signed(String rowId, String person, String statusWords, String date, String place, String nameHeld, String note) {
    }

    /** A problem of an answers sheet: the sheet's row, the field, what is wrong. */
    record SheetProblem(String row, String field, String message) {
    }
}
