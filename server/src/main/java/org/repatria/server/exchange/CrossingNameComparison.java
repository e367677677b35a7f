package org.repatria.server.exchange;

import java.util.Arrays;
import java.util.List;
import org.repatria.core.handover.NameComparison;
import org.repatria.match.name.Name;
import org.repatria.match.name.Names;

/**
 * The matcher's name comparison for the crossing: a name read at the border is the listed person's when every word of
 * the shorter name shares a romanised form or sound key with a word of the longer one, so Cyrillic and Latin spellings,
 * Ukrainian and Russian forms and dropped patronymics still meet; one unrelated word is enough to say no.
 */
final class CrossingNameComparison implements NameComparison {
    private final Names names = new Names();

    @Override
    public boolean samePerson(String listed, String presented) {
        List<Name> a = words(listed);
        List<Name> b = words(presented);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        List<Name> shorter = a.size() <= b.size() ? a : b;
        List<Name> longer = shorter == a ? b : a;
        return shorter.stream().allMatch(w -> longer.stream().anyMatch(v -> alike(w, v)));
    }

    private List<Name> words(String text) {
        return Arrays.stream(text.strip().split("[\\s,]+")).filter(w -> !w.isBlank()).map(names::plain)
                .filter(n -> !n.missing()).toList();
    }

    private static boolean alike(Name a, Name b) {
        return a.forms().stream().anyMatch(b.forms()::contains) || a.keys().stream().anyMatch(b.keys()::contains);
    }
}
