package org.repatria.core.handover;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.repatria.core.agreement.Agreement;

/**
 * Writes the canonical text of a handover act in English, Ukrainian and Russian, line by line, separated by slashes:
 * English, then the language the parties chose, then the third. The same writer in one language only gives the act's
 * columns line for line (what the printed act shows side by side, docs/decisions/0177).
 */
final class ActText {
    /** The languages each trilingual line shows, in order: all three for the signed text, one for a column. */
    private final List<Phrases> shown;
    private final StringBuilder out = new StringBuilder();

    private ActText(List<Phrases> shown) {
        this.shown = shown;
    }

    static byte[] render(HandoverAct act, ActLanguage language) {
        Phrases third = Phrases.of(language == ActLanguage.UK ? ActLanguage.RU : ActLanguage.UK);
        return written(act, List.of(Phrases.EN, Phrases.of(language), third)).getBytes(StandardCharsets.UTF_8);
    }

    /** The act's text with every trilingual word in {@code only}'s language: one column of the printed act. */
    static String column(HandoverAct act, Phrases only) {
        return written(act, List.of(only));
    }

    private static String written(HandoverAct act, List<Phrases> shown) {
        ActText t = new ActText(shown);
        t.write(act);
        return t.out.toString();
    }

    private void write(HandoverAct act) {
        Agreement a = act.agreement();
        line(all(Phrases::title));
        line(all(Phrases::agreement) + ": " + a.id() + " (" + all(w -> w.kind(a.kind())) + ")");
        line(all(Phrases::tranche) + ": " + act.tranche());
        line(all(Phrases::date) + ": " + act.date());
        line(all(Phrases::crossing) + ": " + act.crossing());
        line(all(Phrases::parties) + ": " + a.first() + ", " + a.second());
        line(all(Phrases::mediator) + ": " + a.mediator());
        for (Reconciliation r : act.directions()) {
            direction(r);
        }
        line("");
        line(all(Phrases::signatures) + ": " + a.first() + ", " + a.second() + ", " + a.mediator());
    }

    private void direction(Reconciliation r) {
        Manifest m = r.manifest();
        line("");
        line(all(w -> w.from() + " " + m.from() + " " + w.to() + " " + m.to()));
        line(all(Phrases::listed) + ": " + m.people().size());
        line(all(Phrases::handedOver) + ": " + r.crossed().size());
        int i = 1;
        for (Crossed c : r.crossed()) {
            StringBuilder parts = new StringBuilder();
            for (Presented p : c.presented()) {
                if (!p.container().isEmpty() || !p.wagon().isEmpty()) {
                    parts.append(" | ").append(DiscrepancyWords.presented(p));
                }
            }
            line(i++ + ". " + DiscrepancyWords.nominee(c.nominee()) + parts);
        }
        line(all(Phrases::discrepancies) + ": "
                + (r.discrepancies().isEmpty() ? all(Phrases::none) : r.discrepancies().size()));
        for (Discrepancy d : r.discrepancies()) {
            line("- " + all(w -> DiscrepancyWords.label(d, w)) + ": " + DiscrepancyWords.particulars(d));
        }
    }

    /** The same words in the act's three languages, separated by slashes (or in a column's one language). */
    private String all(Function<Phrases, String> words) {
        return shown.stream().map(words).collect(Collectors.joining(" / "));
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
