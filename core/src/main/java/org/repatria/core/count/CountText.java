package org.repatria.core.count;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.OptionalInt;
import org.repatria.core.party.PartyId;

/**
 * The canonical text of a count, line by line: {@code COUNT}, then {@code agreement: }, {@code tranche: },
 * {@code stage: }, {@code side: }, {@code persons: }, {@code bags: }, {@code samples: } (a number, or {@code -} when
 * samples are not counted), each ending in a newline. Nothing else is accepted.
 */
public final class CountText {
    /** The largest count text read, in bytes: the eight lines with room to spare. */
    public static final int MAX_BYTES = 1_000;
    private static final String[] KEYS = {"agreement", "tranche", "stage", "side", "persons", "bags", "samples"};

    private CountText() {
    }

    static String write(Count c) {
        return "COUNT\nagreement: " + c.agreement() + "\ntranche: " + c.tranche() + "\nstage: " + c.stage().token()
                + "\nside: " + c.side().value() + "\npersons: " + c.figures().persons() + "\nbags: " + c.figures().bags()
                + "\nsamples: " + (c.figures().samples().isPresent() ? c.figures().samples().getAsInt() : "-") + "\n";
    }

    /** The count the text states; {@link CountException} naming the line that is wrong. */
    public static Count parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new CountException("content", "a count's text is " + bytes.length + " bytes, the limit is " + MAX_BYTES);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CountException("content", "a count's text is UTF-8");
        }
        String[] lines = text.split("\n", -1);
        if (lines.length != KEYS.length + 2 || !lines[0].equals("COUNT") || !lines[lines.length - 1].isEmpty()) {
            throw new CountException("content", "a count's text is the line COUNT and the lines " + String.join(", ", KEYS)
                    + ", each 'name: value' and ending in a newline");
        }
        String[] v = new String[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            String prefix = KEYS[i] + ": ";
            if (!lines[i + 1].startsWith(prefix)) {
                throw new CountException(KEYS[i], "line " + (i + 2) + " of the count must start '" + prefix + "'");
            }
            v[i] = lines[i + 1].substring(prefix.length());
        }
        PartyId side;
        try {
            side = PartyId.of(v[3]);
        } catch (IllegalArgumentException e) {
            throw new CountException("side", "side: '" + Stage.abbreviate(v[3]) + "' is not a party id");
        }
        OptionalInt samples = v[6].equals("-") ? OptionalInt.empty() : OptionalInt.of(Count.figure("samples", v[6]));
        return new Count(v[0], Count.figure("tranche", v[1]), Stage.of(v[2]), side,
                new Figures(Count.figure("persons", v[4]), Count.figure("bags", v[5]), samples));
    }
}
