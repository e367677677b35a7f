package org.repatria.server.request;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;
import org.repatria.lists.answers.AnswerSheet;
import org.repatria.lists.sheet.UnreadableSheetException;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.request.RequestMessages.NameReply;
import org.repatria.server.request.RequestMessages.SheetAnswer;
import org.repatria.server.request.RequestMessages.SheetProblem;
import org.repatria.server.request.RequestMessages.SheetReply;
import org.repatria.server.upload.ListUploads;
import org.repatria.store.Store;

/** An uploaded answers sheet read for a request list: the lists module's reading, each row checked against the list. */
final class AnswerSheets {
    private AnswerSheets() {
    }

    static SheetReply read(Store store, AnswerSubmissions.Target target, String fileName, byte[] bytes) {
        if (bytes.length > ListUploads.MAX_BYTES) {
            throw new HttpProblem(413, "too_large", "the sheet is larger than " + ListUploads.MAX_BYTES + " bytes",
                    Optional.of("file"));
        }
        AnswerSheet.Result result;
        try {
            result = AnswerSheet.read(bytes, Optional.empty());
        } catch (UnreadableSheetException e) {
            throw HttpProblem.unprocessable("unreadable_sheet", "cannot read " + fileName + " as an answers sheet ("
                    + e.code() + (e.detail().isEmpty() ? "" : ": " + e.detail()) + "); send a CSV or XLSX file");
        }
        Set<String> held = store.lists().personsByRowId(target.list().id(),
                result.answers().stream().map(a -> a.answer().rowId()).toList()).keySet();
        List<SheetAnswer> answers = new ArrayList<>();
        List<SheetProblem> problems = new ArrayList<>(result.problems().stream()
                .map(p -> new SheetProblem(p.row(), p.field(), p.message(), p.code(), p.args())).toList());
        for (AnswerSheet.Read r : result.answers()) {
            if (held.contains(r.answer().rowId())) {
                answers.add(answer(r.row(), r.answer()));
            } else if (problems.size() < AnswerSheet.MAX_PROBLEMS) {
                problems.add(new SheetProblem(r.row(), "row_id", "row " + r.answer().rowId() + " is not in the list",
                        "row.not_in_list", List.of(r.answer().rowId())));
            }
        }
        problems.sort(Comparator.comparingInt(SheetProblem::row));
        return new SheetReply(answers, problems, result.truncated());
    }

    private static SheetAnswer answer(int row, RowAnswer a) {
        return new SheetAnswer(row, a.rowId(), a.status().token(), a.date().iso(), a.place(), new NameReply(
                a.nameHeld().surname(), a.nameHeld().givenName(), a.nameHeld().patronymic()), a.note());
    }

    /** The answers of a sheet's reply, as the entry point takes them to sign. */
    static List<RowAnswer> answers(SheetReply reply) {
        return reply.answers().stream().map(a -> new RowAnswer(a.rowId(), RowStatus.ofToken(a.status()),
                PartialDate.parseIso(a.date()), a.place(), new PersonName(a.nameHeld().surname(), a.nameHeld().givenName(),
                        a.nameHeld().patronymic()), a.note())).toList();
    }
}
