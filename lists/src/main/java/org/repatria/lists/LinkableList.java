package org.repatria.lists;

import java.util.List;
import java.util.Objects;
import org.repatria.lists.check.Problem;

/**
 * A list read for linking ({@link ListImport#forLinking}): every row that could be read, each bad field left out, with the
 * problems found; or, when the file is no list at all, why. The problems are the first {@link #MAX_PROBLEMS} found,
 * in row order; {@code unlisted} counts the rest.
 */
public sealed interface LinkableList {
    /** At most this many problems are kept: a list with an error in every row must not flood the report. */
    int MAX_PROBLEMS = ListImport.MAX_PROBLEMS;

    /** The first problems found, errors and warnings, by row. */
    List<Problem> problems();

    /** How many more problems were found and not kept. */
    int unlisted();

    /** The rows to link, as far as each could be read; {@code problems} may hold errors, whose fields were left out. */
    record Linkable(ImportedList list, List<Problem> problems, int unlisted) implements LinkableList {
        public Linkable {
            Objects.requireNonNull(list, "list");
            problems = List.copyOf(problems);
        }
    }

    /** Not a list that can be linked: the file cannot be read, has no header, lacks a required column or is too long. */
    record Unlinkable(List<Problem> problems, int unlisted) implements LinkableList {
        public Unlinkable {
            problems = List.copyOf(problems);
            if (problems.stream().noneMatch(Problem::isError)) {
                throw new IllegalArgumentException("an unlinkable list names at least one error");
            }
        }
    }
}
