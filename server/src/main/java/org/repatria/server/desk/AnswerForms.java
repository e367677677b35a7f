package org.repatria.server.desk;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;
import org.repatria.core.request.AnswerException;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.server.request.RequestMessages.NameReply;
import org.repatria.server.request.RequestMessages.SheetAnswer;
import org.repatria.server.request.RequestMessages.SheetReply;

/**
 * The answers a desk form gives: the rows ticked on screen ({@code pick.N} beside {@code row.N}, {@code status.N},
 * {@code date.N}, {@code place.N}, {@code surname.N}, {@code given.N}, {@code patronymic.N}, {@code note.N}), or those an
 * answers sheet held. Each is checked as a {@link RowAnswer} is; the first fault names its row and field.
 */
final class AnswerForms {
    /** Rows one form may carry: a page of rows. */
    static final int MAX_ROWS = RequestRows.PAGE;

    private AnswerForms() {
    }

    /** The rows ticked on the form, in the order shown. */
    static List<RowAnswer> picked(Context ctx) {
        List<RowAnswer> answers = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && ctx.formParam("row." + i) != null; i++) {
            if (!"yes".equals(ctx.formParam("pick." + i))) {
                continue;
            }
            String row = field(ctx, "row." + i);
            answers.add(answer(row, field(ctx, "status." + i), field(ctx, "date." + i), field(ctx, "place." + i),
                    new PersonName(field(ctx, "surname." + i), field(ctx, "given." + i), field(ctx, "patronymic." + i)),
                    field(ctx, "note." + i)));
        }
        return List.copyOf(answers);
    }

    /** The answers a sheet held (read without problems). */
    static List<RowAnswer> ofSheet(SheetReply sheet) {
        List<RowAnswer> answers = new ArrayList<>();
        for (SheetAnswer a : sheet.answers()) {
            NameReply n = a.nameHeld();
            answers.add(answer(a.rowId(), a.status(), a.date(), a.place(), n == null ? new PersonName("", "", "")
                    : new PersonName(text(n.surname()), text(n.givenName()), text(n.patronymic())), a.note()));
        }
        return List.copyOf(answers);
    }

    private static RowAnswer answer(String row, String status, String date, String place, PersonName held, String note) {
        try {
            RowStatus s = RowStatus.ofToken(text(status).strip());
            PartialDate when = text(date).isBlank() ? PartialDate.unknown() : PartialDate.parseIso(date.strip());
            return new RowAnswer(row, s, when, place, held, note);
        } catch (AnswerException e) {
            throw new AnswerException("row " + row + ": " + e.field(), e.getMessage());
        } catch (IllegalArgumentException e) { // PartialDate.parseIso: not YYYY, YYYY-MM or YYYY-MM-DD
            throw new AnswerException("row " + row + ": date", "'" + date + "' is not a date such as 2025-06-02,"
                    + " 2025-06 or 2025");
        }
    }

    private static String field(Context ctx, String name) {
        return text(ctx.formParam(name));
    }

    private static String text(String s) {
        return Optional.ofNullable(s).orElse("");
    }
}
