package org.repatria.lists.answers;

import java.util.List;

/**
 * An answers document is not in the canonical form, or breaks a limit: the problems name each line and field (at most
 * {@link AnswersCsv#MAX_PROBLEMS}), so the author can write it again. Nothing was read.
 */
public final class AnswersFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<AnswerProblem> problems;

    /** Refuses a document for {@code problems} (at least one). */
    public AnswersFormatException(List<AnswerProblem> problems) {
        super(problems.getFirst().describe("line") + (problems.size() > 1 ? " (and " + (problems.size() - 1)
                + " more problem" + (problems.size() > 2 ? "s" : "") + ")" : ""));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in line order, capped. */
    public List<AnswerProblem> problems() {
        return problems;
    }
}
