package org.repatria.server.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON (and the desk's views) of requests: summaries, rows with their history, answers, deadlines, reminders, charts. */
public final class RequestMessages {
    private RequestMessages() {
    }

    /**
     * One request list as one requested party sees it answered: {@code rows} requested, {@code byStatus} counting every
     * row ({@code unanswered} included), {@code answered} (rows no longer waiting), {@code overdue} (waiting past the
     * deadline), {@code ageing} (waiting rows by days since the relay: {@code 0-30}, {@code 31-60}, {@code 61-90},
     * {@code 90+}). {@code deadline} is null while none is set; {@code relayedAt} is when the mediator relayed the list.
     */
    public record RequestReply(String listId, String requestingParty, String requestedParty, String category,
                               Instant deadline, Instant relayedAt, int rows, Map<String, Integer> byStatus, int overdue,
                               int answered, Map<String, Integer> ageing) {
    }

    /** {@code GET .../rows}: a page of a request list's rows, {@code total} matching the status filter. */
    public record RowsReply(int total, int offset, int limit, List<RowReply> rows) {
    }

    /**
     * One request row: its current status, when the current answer was given (null while unanswered) and every answer
     * the reader may see, oldest first.
     */
    public record RowReply(String rowId, String status, Instant answeredAt, List<AnswerReply> history) {
    }

    /**
     * One answer as given: status, date (ISO, partial allowed, "" when unknown), place, the name the answering side
     * holds the person under (empty parts when it is the request's own), note, when it was submitted and the envelope
     * id of the answers document that gave it.
     */
    public record AnswerReply(String status, String date, String place, NameReply nameHeld, String note,
                              Instant answeredAt, String document) {
    }

    /** A name as the answering side holds it. */
    public record NameReply(String surname, String givenName, String patronymic) {
    }

    /**
     * {@code POST .../answers}: the answers document recorded: its envelope id, the answering party, how many rows it
     * answered by status, when, and the index of its submission on the log.
     */
    public record AnswersReply(String envelopeId, String listId, String party, int rows, Map<String, Integer> byStatus,
                               Instant submittedAt, long index) {
    }

    /** {@code POST .../answers/server-held-signature}: the canonical answers bytes (base64) the server signs. */
    public record ServerHeldAnswers(String content) {
    }

    /** {@code PUT .../deadline}: the response deadline (an instant), or null to clear it. */
    public record DeadlineRequest(Instant deadline) {
    }

    /** {@code POST .../reminders}: the requested party to remind (optional when the list went to one) and a note. */
    public record ReminderRequest(String to, String note) {
    }

    /** A reminder sent: its document's envelope id, the party reminded, when, and the log index of its entry. */
    public record ReminderReply(String envelopeId, String listId, String to, Instant at, long index) {
    }

    /** A sheet of answers read for a list: the answers found and the problems (row 1 is the header), capped. */
    public record SheetReply(List<SheetAnswer> answers, List<SheetProblem> problems, boolean truncated) {
    }

    /** One answer read from a sheet (the sheet's row number, 1 = header) in the API's words. */
    public record SheetAnswer(int row, String rowId, String status, String date, String place, NameReply nameHeld,
                              String note) {
    }

    /**
     * A problem of an uploaded sheet: the sheet's row (1 = header), the field and what is wrong in English; {@code code}
     * and {@code args} name the rule broken (see {@code AnswerProblem}) for the desk's words ("" when none).
     */
    public record SheetProblem(int row, String field, String message, String code, List<String> args) {
    }

    /** Periods of a chart. */
    public enum ChartStep {
        /** One point per day. */
        DAY,
        /** One point per week (Monday to Sunday). */
        WEEK
    }

    /**
     * Answers over time for one list and requested party: per period the answers given by status, and how many rows
     * were answered (no longer waiting) at the period's end.
     */
    public record ChartReply(String listId, String requestedParty, String step, List<ChartPoint> points) {
    }

    /** One period of the chart: its first day, the answers given in it by status, rows answered at its end. */
    public record ChartPoint(LocalDate start, Map<String, Integer> given, int answeredAtEnd) {
    }
}
