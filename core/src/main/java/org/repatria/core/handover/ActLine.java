package org.repatria.core.handover;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a handover act as it prints: the signed line (English / chosen language / third) and the same line in
 * English, Ukrainian and Russian alone. A line with no words to translate (a person, a blank) reads the same in all
 * three; a blank line ends a section and the next line is that section's heading (docs/decisions/0177).
 */
public record ActLine(String signed, String english, String ukrainian, String russian) {
    /** Whether the line reads the same in the three languages (a person, a number, a blank). */
    public boolean untranslated() {
        return english.equals(ukrainian) && english.equals(russian);
    }

    /** Whether the line is blank: the end of a section. */
    public boolean blank() {
        return signed.isBlank();
    }

    /** The lines of {@code act}'s text in {@code language}, each with its three columns. */
    static List<ActLine> of(HandoverAct act, ActLanguage language) {
        String[] signed = new String(ActText.render(act, language), StandardCharsets.UTF_8).split("\n", -1);
        String[] en = ActText.column(act, Phrases.EN).split("\n", -1);
        String[] uk = ActText.column(act, Phrases.UK).split("\n", -1);
        String[] ru = ActText.column(act, Phrases.RU).split("\n", -1);
        List<ActLine> lines = new ArrayList<>(signed.length);
        // Each text ends with a line feed: the last split is empty and is not a line.
        for (int i = 0; i < signed.length - 1; i++) {
            lines.add(new ActLine(signed[i], en[i], uk[i], ru[i]));
        }
        return List.copyOf(lines);
    }
}
