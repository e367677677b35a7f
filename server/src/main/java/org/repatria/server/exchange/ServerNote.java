package org.repatria.server.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes the exchange writes itself on lifecycle moves and custody steps. They are stored and answered in English, as
 * written here; {@link #read} finds them again so the desk can say them in the reader's words from this one wording.
 */
public enum ServerNote {
    /** The reason of a move to handed over, at the crossing: the tranche's number. */
    HANDED_OVER("handed over in tranche %s"),
    /** The reason of a move to received, when the receiving side signs the act: the tranche's number. */
    RECEIVED("received in tranche %s (act signed)"),
    /** Where a body bag was handed over: its container and wagon. */
    BAG("container %s, wagon %s"),
    /** The note of a bag's custody step "received". */
    ACT_SIGNED("act signed"),
    /** The reason of a move to nominated: the agreement's id. */
    NOMINATED("nominated for %s"),
    /** The reason of a move to agreed when the mediator confirms a plan: the plan's number. */
    AGREED("agreed in plan %s"),
    /** The reason of a move into a tranche when the mediator confirms a plan: the plan's number. */
    PLACED("placed in plan %s");

    private final String format;
    private final Pattern pattern;

    ServerNote(String format) {
        this.format = format;
        this.pattern = Pattern.compile(Pattern.quote(format).replace("%s", "\\E(.*)\\Q"));
    }

    String write(Object... arguments) {
        return format.formatted(arguments);
    }

    /** The server's note {@code recorded} is, with its arguments; empty for a note a person typed. */
    public static Optional<Read> read(String recorded) {
        for (ServerNote note : values()) {
            Matcher m = note.pattern.matcher(recorded);
            if (m.matches()) {
                List<String> arguments = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) {
                    arguments.add(m.group(i));
                }
                return Optional.of(new Read(note, List.copyOf(arguments)));
            }
        }
        return Optional.empty();
    }

    /** A note read back: which one, and the values written into it. */
    public record Read(ServerNote note, List<String> arguments) {
    }
}
