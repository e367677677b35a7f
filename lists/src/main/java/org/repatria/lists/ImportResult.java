package org.repatria.lists;

import java.util.List;
import java.util.Objects;
import org.repatria.lists.check.Problem;

/** The outcome of reading a list: all of it (perhaps with warnings), or none of it and every error. */
public sealed interface ImportResult {

    /** Every problem found, errors and warnings, by row. */
    List<Problem> problems();

    /** The list has no error; {@code problems} holds only warnings, which the user may accept. */
    record Accepted(ImportedList list, List<Problem> problems) implements ImportResult {
        public Accepted {
            Objects.requireNonNull(list, "list");
            problems = List.copyOf(problems);
        }
    }

    /** The list has at least one error and no row of it is returned. */
    record Rejected(List<Problem> problems) implements ImportResult {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.stream().noneMatch(Problem::isError)) {
                throw new IllegalArgumentException("a rejected list names at least one error");
            }
        }
    }
}
