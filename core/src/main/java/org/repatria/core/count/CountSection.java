package org.repatria.core.count;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.repatria.core.handover.ActLanguage;
import org.repatria.core.handover.ActLine;

/**
 * The counts of one tranche as a handover act shows them, a self-contained addition to the act's content: the data
 * ({@link Tally.Line}) and its lines in English, the act's language and the third, separated by slashes; the same
 * writer in one language gives the printed act's columns line for line.
 */
public final class CountSection {
    private final List<CountPhrases> shown;
    private final StringBuilder out = new StringBuilder();

    private CountSection(List<CountPhrases> shown) {
        this.shown = shown;
    }

    /** The section's UTF-8 lines (a blank line first), deterministic; empty when the tranche has no count. */
    public static byte[] render(Tally.Line line, ActLanguage language) {
        CountPhrases third = CountPhrases.of(language == ActLanguage.UK ? ActLanguage.RU : ActLanguage.UK);
        return written(line, List.of(CountPhrases.EN, CountPhrases.of(language), third)).getBytes(StandardCharsets.UTF_8);
    }

    /** The section as the printed act shows it: each signed line with its English, Ukrainian and Russian columns. */
    public static List<ActLine> lines(Tally.Line line, ActLanguage language) {
        return ActLine.zip(new String(render(line, language), StandardCharsets.UTF_8),
                written(line, List.of(CountPhrases.EN)), written(line, List.of(CountPhrases.UK)),
                written(line, List.of(CountPhrases.RU)));
    }

    private static String written(Tally.Line line, List<CountPhrases> shown) {
        if (line.counts().isEmpty()) {
            return "";
        }
        CountSection s = new CountSection(shown);
        s.write(line);
        return s.out.toString();
    }

    private void write(Tally.Line line) {
        out.append('\n').append(all(CountPhrases::counts)).append(":\n");
        for (Stage stage : Stage.values()) {
            line.at(stage).ifPresent(c -> out.append(all(w -> w.stage(stage))).append(" (").append(c.side().value())
                    .append("): ").append(figures(c.figures())).append('\n'));
        }
        for (Stage stage : Stage.values()) {
            Figures total = line.running().get(stage);
            if (total != null) {
                out.append(all(CountPhrases::running)).append(", ").append(all(w -> w.stage(stage))).append(": ")
                        .append(figures(total)).append('\n');
            }
        }
        if (line.differences().isEmpty()) {
            out.append(all(CountPhrases::difference)).append(": ").append(all(CountPhrases::none)).append('\n');
        }
        for (Difference d : line.differences()) {
            out.append(all(CountPhrases::difference)).append(": ").append(all(w -> w.stage(d.stage()))).append(" (")
                    .append(d.side().value()).append("), ").append(all(w -> w.measure(d.measure()))).append(' ')
                    .append(d.stated()).append(" (").append(d.delta() > 0 ? "+" : "").append(d.delta()).append(") ")
                    .append(all(CountPhrases::against)).append(' ').append(d.earlier()).append('\n');
        }
        for (BagFinding f : line.findings()) {
            out.append("- ").append(f.bag()).append(": ").append(switch (f) {
                case BagFinding.PartOf p -> all(CountPhrases::partOf) + " " + p.countedIn();
                case BagFinding.Missing m -> all(CountPhrases::missing);
                case BagFinding.Extra x -> all(CountPhrases::extra);
            }).append('\n');
        }
    }

    private String figures(Figures f) {
        return all(CountPhrases::persons) + " " + f.persons() + "; " + all(CountPhrases::bags) + " " + f.bags() + "; "
                + all(CountPhrases::samples) + " " + (f.samples().isPresent() ? f.samples().getAsInt() : "-");
    }

    private String all(Function<CountPhrases, String> words) {
        return String.join(" / ", shown.stream().map(words).toList());
    }
}
