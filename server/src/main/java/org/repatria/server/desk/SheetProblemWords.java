package org.repatria.server.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.repatria.core.request.RowStatus;
import org.repatria.server.request.RequestMessages.SheetProblem;

/**
 * An answers sheet's problem in the reader's language: the words kept for its code ({@code answers.sheet.<code>})
 * with its arguments (numbers in the language's format, columns as the reader's template heads them, statuses in the
 * reader's words); the English message when the code has no words.
 */
final class SheetProblemWords {
    private static final String PREFIX = "answers.sheet.";
    /** The arguments of a code that are counts, by position. */
    private static final Map<String, Set<Integer>> NUMBERS = Map.of("field.too_long", Set.of(0, 1),
            "rows.too_many", Set.of(0), "row.twice", Set.of(1));

    private SheetProblemWords() {
    }

    /** The problem as one row of the desk's table: the row, the column heading, and what is wrong. */
    static RequestViews.SheetProblem shown(Text t, SheetProblem p) {
        return new RequestViews.SheetProblem(t.number(p.row()), AnswerPages.column(t, p.field()), said(t, p));
    }

    /** What is wrong, in the reader's words. */
    static String said(Text t, SheetProblem p) {
        if (p.code().isEmpty() || t.find(PREFIX + p.code()).isEmpty()) {
            return p.message();
        }
        List<Object> args = new ArrayList<>();
        Set<Integer> numbers = NUMBERS.getOrDefault(p.code(), Set.of());
        for (int i = 0; i < p.args().size(); i++) {
            String a = p.args().get(i);
            args.add(numbers.contains(i) && a.matches("\\d{1,18}") ? (Object) Long.parseLong(a) : a);
        }
        switch (p.code()) {
            case "status.empty", "status.unanswered" -> args.set(0, statuses(t));
            case "status.unknown" -> args.set(1, statuses(t));
            case "header.missing" -> args.set(0, AnswerPages.column(t, p.args().getFirst()));
            case "header.none" -> args.set(0, t.get("request.answer.template.header").replace(",", ", "));
            default -> { }
        }
        return t.format(PREFIX + p.code(), args.toArray());
    }

    private static String statuses(Text t) {
        return String.join(", ", RowStatus.answers().stream().map(s -> RequestFigures.status(t, s.token()))
                .toList());
    }
}
