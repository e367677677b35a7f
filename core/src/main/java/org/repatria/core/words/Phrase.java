package org.repatria.core.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence the domain builds, by code: its English pattern with {@code {0}}, {@code {1}}... for the arguments. The
 * English text is what the API, stored rows and signed plan texts carry; {@link #read} gives the code back.
 */
public enum Phrase {
    // a tranche's slot and room
    SLOT("{0} at {1}: each way {2}"),
    SEATS("{0} seats"),
    STRETCHERS("{0} stretchers"),
    WAGONS("{0} refrigerated wagons of {1} bodies"),
    NO_ROOM("no room"),
    // how the planner filled a tranche
    EXEMPT_FIRST("{0}: {1} exempt from parity first ({2}, GC III art. 109)"),
    FIXED("{0} for {1} within the parity of {2}: {3}"),
    ALL_OWED("all that is still owed"),
    ROOM_FOR_PARITY("as many as the room for {0} allows, kept to parity"),
    ROOM_FOR("as many as the room for {0} allows"),
    PAIRS("{0} for {1}, one for one: as many as the room and the shorter list allow"),
    SURPLUS("{0}'s surplus of {1} goes now: {2} has no more eligible nominees (all for all)"),
    ONE_WAY("{0} hands over {1} one way: {2}"),
    LAST_OWED("the last still owed"),
    ROOM_ALLOWS("as many as the room allows"),
    PROGRESS_BOTH("after this tranche: {0} {1} of {2}, {3} {4} of {5}"),
    PROGRESS_ONE("after this tranche: {0} {1} of {2}"),
    // a replan making good drop-outs from reserves
    MAKE_GOOD("{0}: {1} from reserves make good {2}"),
    MADE_GOOD("{0} {1} in tranche {2}"),
    // an eligibility verdict
    ELIGIBLE_EXEMPT("eligible, exempt from parity"),
    ELIGIBLE("eligible"),
    WRONG_HOLDER("held by {0}; the terms transfer only from {1}"),
    WRONG_CATEGORY("category {0}; the terms ask {1}"),
    WRONG_HEALTH("state of health {0}; the terms ask {1}"),
    NO_BIRTH_DATE("cannot be decided: no birth date; the terms ask {0} to {1}"),
    BORN_AFTER("born {0}, after {1}; the terms ask {2} to {3}"),
    AGE_UNDECIDED("cannot be decided: birth date is {0}, aged {1} on {2}; the terms ask {3} to {4}"),
    AGE_OUT("aged {0} on {1}; the terms ask {2} to {3}"),
    YEAR_ONLY("year only ({0})"),
    MONTH_ONLY("month only ({0})"),
    EITHER_AGE("{0} or {1}");

    private final String english;
    private final Pattern reading;

    Phrase(String english) {
        this.english = english;
        StringBuilder regex = new StringBuilder("^");
        Matcher m = Pattern.compile("\\{(\\d)}").matcher(english);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(at, m.start()))).append("(.+?)");
            at = m.end();
        }
        this.reading = Pattern.compile(regex.append(Pattern.quote(english.substring(at))).append('$').toString(),
                Pattern.DOTALL);
    }

    /** The sentence in English with {@code args} in their places. */
    public String english(Object... args) {
        String out = english;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return out;
    }

    /** The code and arguments of an English sentence this enum made; empty for any other text. */
    public static Optional<Phrased> read(String text) {
        for (Phrase p : values()) {
            Matcher m = p.reading.matcher(text);
            if (m.matches()) {
                List<String> args = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) {
                    args.add(m.group(i));
                }
                return Optional.of(new Phrased(p, args));
            }
        }
        return Optional.empty();
    }
}
