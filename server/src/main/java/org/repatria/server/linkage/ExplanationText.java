package org.repatria.server.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repatria.match.explain.Contribution;
import org.repatria.match.explain.Explanation;

/** An explanation as stored text: the prior on the first line, then one tab-separated line per field. */
final class ExplanationText {
    private ExplanationText() {
    }

    static String encode(Explanation e) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%.6f", e.priorLog2Odds()));
        for (Contribution c : e.contributions()) {
            b.append('\n').append(c.field()).append('\t').append(c.level().replace('\t', ' ').replace('\n', ' '))
                    .append('\t').append(String.format(Locale.ROOT, "%.6f", c.log2BayesFactor()));
        }
        return b.toString();
    }

    static Explanation decode(String text) {
        String[] lines = text.split("\n");
        List<Contribution> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", 3);
            out.add(new Contribution(f[0], f[1], Double.parseDouble(f[2])));
        }
        return new Explanation(Double.parseDouble(lines[0]), out);
    }
}
