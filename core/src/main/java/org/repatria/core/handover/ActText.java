package org.repatria.core.handover;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.repatria.core.agreement.Agreement;

/**
 * Writes the canonical text of a handover act in English, Ukrainian and Russian, line by line, separated by slashes:
 * English, then the language the parties chose, then the third.
 */
final class ActText {
    private final Phrases en = Phrases.EN;
    private final Phrases other;
    private final Phrases third;
    private final StringBuilder out = new StringBuilder();

    private ActText(ActLanguage language) {
        this.other = Phrases.of(language);
        this.third = Phrases.of(language == ActLanguage.UK ? ActLanguage.RU : ActLanguage.UK);
    }

    static byte[] render(HandoverAct act, ActLanguage language) {
        ActText t = new ActText(language);
        t.write(act);
        return t.out.toString().getBytes(StandardCharsets.UTF_8);
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

    /** The same words in the act's three languages, separated by slashes. */
    private String all(Function<Phrases, String> words) {
        return words.apply(en) + " / " + words.apply(other) + " / " + words.apply(third);
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
