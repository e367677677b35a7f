package org.repatria.core.reunification;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.repatria.core.agreement.AgreementException;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;

/**
 * A child's reunification record, the text the mediator signs: the agreement, tranche and act the child came by, the
 * child's nominated row and the request row it answers, the receiving side, the guardian as checked, who accompanied
 * the child, and who checked when. {@link #encoded()} is its one byte form: UTF-8 (NFC), one {@code key value} line
 * per field in a fixed order after the header {@value #HEADER}, each ending in a line feed.
 */
public record ReunificationText(String agreement, int tranche, String act, PersonRef child, PersonRef request,
                                PartyId receiver, Guardian guardian, Escort escort, String checkedBy, Instant checkedAt) {
    /** First line of the canonical form; a new format gets a new version. */
    public static final String HEADER = "repatria-reunification/v1";
    private static final List<String> KEYS = List.of("agreement", "tranche", "act", "child", "request", "receiver",
            "guardian-name", "guardian-document-type", "guardian-document-number", "guardian-relation", "guardian-standing",
            "guardian-standing-document", "escort-name", "escort-role", "escort-document", "checked-by", "checked-at");

    public ReunificationText {
        agreement = Fields.line("agreement", agreement, 64);
        if (tranche < 1) {
            throw new ReunificationException("tranche", "a tranche is numbered from 1, not " + tranche);
        }
        act = Fields.line("act", act, 64);
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(guardian, "guardian");
        Objects.requireNonNull(escort, "escort");
        checkedBy = Fields.line("checked_by", checkedBy, 100);
        Objects.requireNonNull(checkedAt, "checkedAt");
        Fields.line("child", child.rowId(), 64);
        Fields.line("request", request.rowId(), 64);
    }

    /** The canonical bytes. */
    public byte[] encoded() {
        List<String> values = List.of(agreement, String.valueOf(tranche), act, child.toString(), request.toString(),
                receiver.value(), guardian.name(), guardian.documentType(), guardian.documentNumber(), guardian.relation(),
                guardian.standing().token(), guardian.standingDocument(), escort.name(), escort.role().token(),
                escort.document(), checkedBy, checkedAt.toString());
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < KEYS.size(); i++) {
            out.append(KEYS.get(i)).append(' ').append(values.get(i)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the canonical bytes and nothing else: any other spelling of the same record is refused.
     *
     * @throws ReunificationException saying what is wrong (field {@code content} for the text as a whole)
     */
    public static ReunificationText parse(byte[] bytes) {
        String text = decode(bytes);
        if (!text.endsWith("\n")) {
            throw new ReunificationException("content", "the record does not end with a line feed");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length != KEYS.size() + 1 || !lines[0].equals(HEADER)) {
            throw new ReunificationException("content", "a reunification record is \"" + HEADER + "\" and " + KEYS.size()
                    + " lines (" + String.join(", ", KEYS) + ")");
        }
        String[] v = new String[KEYS.size()];
        for (int i = 0; i < KEYS.size(); i++) {
            String prefix = KEYS.get(i) + " ";
            if (!lines[i + 1].startsWith(prefix)) {
                throw new ReunificationException("content", "line " + (i + 2) + " must start with '" + prefix + "'");
            }
            v[i] = lines[i + 1].substring(prefix.length());
        }
        ReunificationText read;
        try {
            read = new ReunificationText(v[0], Integer.parseInt(v[1]), v[2], ref(v[3]), ref(v[4]), new PartyId(v[5]),
                    new Guardian(v[6], v[7], v[8], v[9], LegalStanding.parse("guardian-standing", v[10]), v[11]),
                    new Escort(v[12], EscortRole.parse("escort-role", v[13]), v[14]), v[15], Instant.parse(v[16]));
        } catch (NumberFormatException | DateTimeParseException | AgreementException e) {
            throw new ReunificationException("content", "a value is malformed: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ReunificationException("content", e.getMessage());
        }
        if (!Arrays.equals(read.encoded(), bytes)) {
            throw new ReunificationException("content", "the record is not in canonical form (NFC, no surrounding blanks)");
        }
        return read;
    }

    private static PersonRef ref(String raw) {
        int slash = raw.indexOf('/');
        if (slash < 0) {
            throw new ReunificationException("content", "a row is written <list id>/<row id>, not '" + raw + "'");
        }
        return new PersonRef(ListId.parse(raw.substring(0, slash)), raw.substring(slash + 1));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ReunificationException("content", "the record is not UTF-8");
        }
    }
}
