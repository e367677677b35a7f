package org.repatria.server.desk;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repatria.core.person.Sex;
import org.repatria.match.trace.Particular;
import org.repatria.match.trace.Reason;
import org.repatria.server.tracing.ChildTracing;

/** The typed model of a case's candidates page ({@code child-candidates.jte}). */
final class TracingViews {
    /** The prefixes of the words for a reason's level and a candidate's source (keys built from data). */
    static final String LEVEL = "tracing.level.";
    static final String SOURCE = "tracing.source.";
    /** A link's label as the decision keeps it: "name, birth date (answer|list listId row rowId)". */
    private static final Pattern LABEL = Pattern.compile("(.*) \\((answer|list) (\\S+) row (.+)\\)");

    private TracingViews() {
    }

    /** A reason's level in the reader's words. */
    static String level(Text t, Reason r) {
        return t.get(LEVEL + r.level());
    }

    /** Where a candidate comes from (an answer, a list's row), in the reader's words. */
    static String source(Text t, String kind) {
        return t.get(SOURCE + kind);
    }

    /** A case's tracing; {@code href} the page (and the form's target); {@code error} a refused decision, in words. */
    record Candidates(Page page, ChildTracing.Tracing tracing, String href, Optional<String> error) {
        /** Whether the reader may confirm or reject: the requesting side's desk, on an open case. */
        boolean decides() {
            return page.account().map(a -> a.party().equals(tracing.childCase().list().author())).orElse(false)
                    && tracing.childCase().closure().isEmpty();
        }
    }

    /** A value a reason compares, as the page shows it: a sex in the reader's words, anything else as written. */
    static String value(Text t, Reason r, String value) {
        if (r.particular() == Particular.SEX) {
            for (Sex sex : Sex.values()) {
                if (sex.name().equals(value)) {
                    return t.of("sex", sex);
                }
            }
        }
        return value;
    }

    /**
     * A confirmed link's label in the reader's words: the label is kept with the decision as one English line,
     * "name, birth date (answer|list listId row rowId)"; its source and "row" are shown as the candidates are.
     */
    static String linkLabel(Text t, String label) {
        Matcher m = LABEL.matcher(label);
        return m.matches() ? m.group(1) + " · " + source(t, m.group(2)) + " · " + m.group(3) + " · " + t.get("tracing.row")
                + " " + m.group(4) : label;
    }

    /** A score as a percentage. */
    static String percent(double score) {
        return String.format(Locale.ROOT, "%.0f %%", score * 100);
    }

    /** A weight in bits, signed. */
    static String weight(Reason r) {
        return String.format(Locale.ROOT, "%+.1f", r.weight());
    }

    /** The CSS class of a verdict (agree, partly, disagree, missing). */
    static String verdictClass(Reason r) {
        return "verdict-" + r.verdict().name().toLowerCase(Locale.ROOT);
    }
}
