package org.repatria.core.death;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.repatria.core.party.PartyId;

/**
 * A death record, the text the identifying party signs (GC III art. 120, GC I arts. 16–17): the confirmed
 * identification it records, the record it corrects (empty for a first record), the identifying party and the person's
 * own side it goes to, who recorded it and when, then the person's identity, the death, how identified and where the
 * remains are. {@link #encoded()} is its one byte form: UTF-8 (NFC), after the header {@value #HEADER} one
 * {@code key value} line per field in a fixed order, each ending in a line feed.
 */
public record DeathRecordText(String identification, String corrects, PartyId identifyingParty, PartyId side,
                              String recordedBy, Instant recordedAt, Identity identity, Death death, DnaSummary dna,
                              RemainsWhere remains) {
    /** First line of the canonical form; a new format gets a new version. */
    public static final String HEADER = "repatria-death-record/v1";
    /** The keys, in order: the record's field list (the articles asking for each are in docs/decisions/0176). */
    public static final List<String> KEYS = List.of("identification", "corrects", "identifying-party", "side",
            "recorded-by", "recorded-at", "surname", "given-names", "patronymic", "birth-date", "service-number", "unit",
            "rank", "death-date", "death-place", "death-known-by", "death-cause", "case", "remains", "log10-lr", "kinship",
            "remains-state", "remains-place");

    public DeathRecordText {
        identification = Lines.required("identification", identification, 64);
        corrects = Lines.optional("corrects", corrects, 64);
        Objects.requireNonNull(identifyingParty, "identifyingParty");
        Objects.requireNonNull(side, "side");
        recordedBy = Lines.required("recorded_by", recordedBy, 100);
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(death, "death");
        Objects.requireNonNull(dna, "dna");
        Objects.requireNonNull(remains, "remains");
        DateOrder.check(identity.birthDate(), death.date(), recordedAt);
    }

    /** The values in the order of {@link #KEYS}. */
    public List<String> values() {
        return List.of(identification, corrects, identifyingParty.value(), side.value(), recordedBy, recordedAt.toString(),
                identity.surname(), identity.givenNames(), identity.patronymic(), identity.birthDate().iso(),
                identity.serviceNumber(), identity.unit(), identity.rank(), death.date().iso(), death.place(),
                death.knownBy(), death.cause(), dna.caseId(), dna.remainsId(), dna.log10LrText(), dna.kinship(),
                remains.state().token(), remains.place());
    }

    /** The canonical bytes. */
    public byte[] encoded() {
        List<String> values = values();
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < KEYS.size(); i++) {
            out.append(KEYS.get(i)).append(' ').append(values.get(i)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the canonical bytes and nothing else: any other spelling of the same record is refused.
     *
     * @throws DeathRecordException saying what is wrong (field {@code content} for the text as a whole)
     */
    public static DeathRecordText parse(byte[] bytes) {
        String text = decode(bytes);
        String[] lines = text.endsWith("\n") ? text.substring(0, text.length() - 1).split("\n", -1) : new String[0];
        if (lines.length != KEYS.size() + 1 || !lines[0].equals(HEADER)) {
            throw new DeathRecordException("content", "a death record is \"" + HEADER + "\" and " + KEYS.size()
                    + " lines (" + String.join(", ", KEYS) + "), each ending in a line feed");
        }
        String[] v = new String[KEYS.size()];
        for (int i = 0; i < KEYS.size(); i++) {
            String prefix = KEYS.get(i) + " ";
            if (!lines[i + 1].startsWith(prefix)) {
                throw new DeathRecordException("content", "line " + (i + 2) + " must start with '" + prefix + "'");
            }
            v[i] = lines[i + 1].substring(prefix.length());
        }
        DeathRecordText read;
        try {
            read = new DeathRecordText(v[0], v[1], new PartyId(v[2]), new PartyId(v[3]), v[4], Instant.parse(v[5]),
                    new Identity(v[6], v[7], v[8], Lines.date("birth_date", v[9]), v[10], v[11], v[12]),
                    new Death(Lines.date("death_date", v[13]), v[14], v[15], v[16]),
                    new DnaSummary(v[17], v[18], Double.parseDouble(v[19]), v[20]),
                    new RemainsWhere(RemainsState.parse(v[21]), v[22]));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new DeathRecordException("content", "a value is malformed: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new DeathRecordException("content", e.getMessage());
        }
        if (!Arrays.equals(read.encoded(), bytes)) {
            throw new DeathRecordException("content", "the record is not in canonical form (NFC, no surrounding blanks)");
        }
        return read;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DeathRecordException("content", "the record is not UTF-8");
        }
    }
}
