package org.repatria.server.desk;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.person.Person;
import org.repatria.server.linkage.ReviewPair;

/** The typed models of the match pages ({@code match-*.jte}). */
final class MatchViews {
    /** Half the width of an explanation bar, in pixels; a contribution of ±{@value #FULL_SCALE} bits fills a half. */
    static final int HALF = 80;
    private static final double FULL_SCALE = 10;
    private static final String FIELD = "match.field.";
    private static final Map<String, String> LEVELS = Map.ofEntries(Map.entry("exact", "match.level.exact"),
            Map.entry("close", "match.level.close"), Map.entry("sounds alike", "match.level.soundsAlike"),
            Map.entry("different", "match.level.different"), Map.entry("equivalent form", "match.level.equivalent"),
            Map.entry("same", "match.level.same"), Map.entry("near (swap, typo, ±1 year)", "match.level.near"),
            Map.entry("within a year", "match.level.withinYear"), Map.entry("one character off", "match.level.oneOff"),
            Map.entry("written as the given name", "match.level.asGivenName"),
            Map.entry("mostly the same", "match.level.mostlySame"), Map.entry("partly the same", "match.level.partlySame"),
            Map.entry("missing", "match.level.missing"));
    private static final String DECISION = "match.decision.";

    private MatchViews() {
    }

    /** The runs the caller may see and the form to start one; {@code error} is the start's refusal. */
    record Runs(Page page, List<RunLine> runs, List<ListChoice> lists, Optional<String> error) {
    }

    record RunLine(String href, String left, String right, String by, String created, String state) {
    }

    record ListChoice(String id, String title) {
    }

    /** One run: its state (refreshing itself while it runs), how many pairs stand where, and the review queue. */
    record OneRun(Page page, RunLine run, boolean refresh, String progress, List<Count> counts, List<ReviewPair> queue,
                  boolean withMatches, Optional<String> error) {
    }

    record Count(String label, String value) {
    }

    /** A field's name in the reader's language. */
    static String field(Text t, String field) {
        return t.get(FIELD + field);
    }

    /** A field's agreement level in the reader's language; a level this desk does not know is shown as the matcher wrote it. */
    static String level(Text t, String level) {
        String key = LEVELS.get(level);
        return key == null ? level : t.get(key);
    }

    /** The matcher's decision (match or review) in the reader's language. */
    static String decision(Text t, String decision) {
        return t.get(DECISION + decision);
    }

    /** A probability as a reviewer reads it: percent with one decimal. */
    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * p);
    }

    /** A contribution in bits, signed. */
    static String bits(double w) {
        return Math.abs(w) < 0.05 ? "0.0" : String.format(Locale.ROOT, "%+.1f", w);
    }

    /** The bar's length in pixels (capped at half the bar). */
    static int width(double w) {
        return (int) Math.round(Math.min(HALF, Math.abs(w) / FULL_SCALE * HALF));
    }

    /** Where the bar starts: at the middle for a positive contribution, left of it for a negative one. */
    static int x(double w) {
        return w >= 0 ? HALF : HALF - width(w);
    }

    /** A row's name and birth as one line: the name as written, its Latin form when it differs. */
    static String name(Person p) {
        String latin = p.latin().full();
        return p.name().full() + (latin.isEmpty() || latin.equals(p.name().full()) ? "" : " (" + latin + ")");
    }
}
