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
        return zip(new String(ActText.render(act, language), StandardCharsets.UTF_8), ActText.column(act, Phrases.EN),
                ActText.column(act, Phrases.UK), ActText.column(act, Phrases.RU));
    }

    /**
     * A text and the same text written in each language alone, line for line (each written by the same code, so
     * their lines correspond): the lines with their columns. A section added to the act (the counts) uses this too.
     */
    public static List<ActLine> zip(String signed, String english, String ukrainian, String russian) {
        String[] s = signed.split("\n", -1);
        String[] en = english.split("\n", -1);
        String[] uk = ukrainian.split("\n", -1);
        String[] ru = russian.split("\n", -1);
        if (en.length != s.length || uk.length != s.length || ru.length != s.length) {
            throw new HandoverException("a text's columns have " + en.length + ", " + uk.length + " and " + ru.length
                    + " lines, the text " + s.length);
        }
        List<ActLine> lines = new ArrayList<>(s.length);
        // A text ends with a line feed: the last split is empty and is not a line.
        for (int i = 0; i < s.length - 1; i++) {
            lines.add(new ActLine(s[i], en[i], uk[i], ru[i]));
        }
        return List.copyOf(lines);
    }
}
