package org.repatria.core.handover;

import java.nio.charset.StandardCharsets;
import org.repatria.core.agreement.Agreement;

/** Writes the canonical bilingual text of a handover act: English, then the other language after a slash, line by line. */
final class ActText {
    private final Phrases en = Phrases.EN;
    private final Phrases other;
    private final StringBuilder out = new StringBuilder();

    private ActText(ActLanguage language) {
        this.other = Phrases.of(language);
    }

    static byte[] render(HandoverAct act, ActLanguage language) {
        ActText t = new ActText(language);
        t.write(act);
        return t.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void write(HandoverAct act) {
        Agreement a = act.agreement();
        line(en.title() + " / " + other.title());
        line(en.agreement() + " / " + other.agreement() + ": " + a.id() + " (" + en.kind(a.kind()) + " / " + other.kind(a.kind()) + ")");
        line(en.tranche() + " / " + other.tranche() + ": " + act.tranche());
        line(en.date() + " / " + other.date() + ": " + act.date());
        line(en.crossing() + " / " + other.crossing() + ": " + act.crossing());
        line(en.parties() + " / " + other.parties() + ": " + a.first() + ", " + a.second());
        line(en.mediator() + " / " + other.mediator() + ": " + a.mediator());
        for (Reconciliation r : act.directions()) {
            direction(r);
        }
        line("");
        line(en.signatures() + " / " + other.signatures() + ": " + a.first() + ", " + a.second() + ", " + a.mediator());
    }

    private void direction(Reconciliation r) {
        Manifest m = r.manifest();
        line("");
        line(en.from() + " " + m.from() + " " + en.to() + " " + m.to() + " / " + other.from() + " " + m.from() + " "
                + other.to() + " " + m.to());
        line(en.listed() + " / " + other.listed() + ": " + m.people().size());
        line(en.handedOver() + " / " + other.handedOver() + ": " + r.crossed().size());
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
        line(en.discrepancies() + " / " + other.discrepancies() + ": "
                + (r.discrepancies().isEmpty() ? en.none() + " / " + other.none() : r.discrepancies().size()));
        for (Discrepancy d : r.discrepancies()) {
            line("- " + DiscrepancyWords.label(d, en) + " / " + DiscrepancyWords.label(d, other) + ": "
                    + DiscrepancyWords.particulars(d));
        }
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
