package org.repatria.server.desk;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repatria.core.words.Phrase;
import org.repatria.core.words.Phrased;

/**
 * A sentence the domain built (a plan's explanation, an eligibility reason) in the reader's language: read back into its
 * {@link Phrase} code and arguments, each argument said again in words (a nested phrase, a party's name, a category or
 * health class); text that is no known phrase stays as written.
 */
final class PhraseWords {
    /** A parity ratio as the planner writes it, "5 for 5". */
    private static final Pattern RATIO = Pattern.compile("(\\d+) for (\\d+)");

    /** Each {@link Phrase} has its words under this prefix and its name (TermsTest reads every one). */
    static final String PHRASE = "words.phrase.";

    private PhraseWords() {
    }

    static String of(String english, Text t) {
        return Phrase.read(english).map(p -> words(p, t)).orElse(english);
    }

    private static String words(Phrased p, Text t) {
        Object[] args = p.args().stream().map(a -> argument(a, t)).toArray();
        String key = PHRASE + p.phrase().name();
        return t.format(key, args);
    }

    /**
     * One argument: a ratio ("5 for 5"), a list ("[a, b]", phrases joined by commas, "a or b"), a phrase, a party, a
     * category, health or drop-out token, or as is.
     */
    private static String argument(String arg, Text t) {
        Matcher ratio = RATIO.matcher(arg);
        if (ratio.matches()) {
            return t.format("words.phrase.RATIO", Integer.parseInt(ratio.group(1)), Integer.parseInt(ratio.group(2)));
        }
        if (arg.startsWith("[") && arg.endsWith("]")) {
            return list(Arrays.asList(arg.substring(1, arg.length() - 1).split(", ")), ", ", t);
        }
        List<String> parts = Arrays.asList(arg.split(", "));
        if (parts.size() > 1 && parts.stream().allMatch(part -> Phrase.read(part).isPresent())) {
            return list(parts, ", ", t);
        }
        if (Phrase.read(arg).filter(p -> p.phrase() != Phrase.EITHER_AGE).isPresent()) {
            return of(arg, t);
        }
        if (parts.size() > 1) {
            return list(parts, ", ", t);
        }
        if (arg.contains(" or ")) {
            return Arrays.stream(arg.split(" or ")).map(a -> token(a, t))
                    .reduce((a, b) -> t.format(PHRASE + Phrase.EITHER_AGE.name(), a, b)).orElse(arg);
        }
        return token(arg, t);
    }

    private static String list(List<String> parts, String joint, Text t) {
        return String.join(joint, parts.stream().map(a -> Phrase.read(a).isPresent() ? of(a, t) : token(a, t)).toList());
    }

    private static String token(String word, Text t) {
        String party = t.party(word);
        if (!party.equals(word)) {
            return party;
        }
        for (String family : List.of("category", "health", "dropout")) {
            String said = t.term(family, word);
            if (!said.equals(word)) {
                return said;
            }
        }
        return word;
    }
}
