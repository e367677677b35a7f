package org.repatria.core.document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.repatria.core.party.PartyId;

/**
 * What an author signs about a document: its type, author, addressees, the SHA-256 of its bytes, the time, and the
 * document it answers. It holds no personal data. {@link #encoded()} is its one canonical byte form.
 *
 * <p>A value like a record (equal by its six parts), written as a class so that its canonical text and its id, each
 * asked for several times per signed submission, are made once (docs/decisions/0187).
 */
public final class Envelope {
    /** First line of the canonical form; a new format gets a new version. */
    public static final String HEADER = "repatria-envelope/v1";
    /** Most addressees an envelope may name. */
    public static final int MAX_ADDRESSEES = 16;
    static final int MAX_BYTES = 2048;
    private final DocumentType type;
    private final PartyId author;
    private final SortedSet<PartyId> addressees;
    private final Digest content;
    private final Instant time;
    private final Optional<Digest> answers;
    // Made on first use and kept; both are immutable, so a race only makes one twice.
    private String text;
    private Digest id;

    /**
     * Checks the rules: 1-16 addressees other than the author, whole-second time, and {@code answers} present for an
     * answer and for a dispute (a dispute about nothing could not be answered; docs/decisions/0120).
     */
    public Envelope(DocumentType type, PartyId author, SortedSet<PartyId> addressees, Digest content, Instant time,
            Optional<Digest> answers) {
        addressees = Collections.unmodifiableSortedSet(new TreeSet<>(addressees));
        if (addressees.isEmpty() || addressees.size() > MAX_ADDRESSEES) {
            throw new DocumentFormatException("an envelope names 1 to " + MAX_ADDRESSEES + " addressees, got " + addressees.size());
        }
        if (addressees.contains(author)) {
            throw new DocumentFormatException("the author " + author + " cannot also be an addressee");
        }
        CanonicalLines.checkTime(time, "envelope time");
        if (type == DocumentType.ANSWER && answers.isEmpty()) {
            throw new DocumentFormatException("an answer must name the envelope of the document it answers");
        }
        if (type == DocumentType.DISPUTE && answers.isEmpty()) {
            throw new DocumentFormatException("a dispute must name the envelope of the document it disputes (answers)");
        }
        this.type = Objects.requireNonNull(type, "type");
        this.author = Objects.requireNonNull(author, "author");
        this.addressees = addressees;
        this.content = Objects.requireNonNull(content, "content");
        this.time = time;
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    /** The document's type. */
    public DocumentType type() {
        return type;
    }

    /** The party that wrote and signs the document. */
    public PartyId author() {
        return author;
    }

    /** The parties it is addressed to, in ascending order (unmodifiable). */
    public SortedSet<PartyId> addressees() {
        return addressees;
    }

    /** The SHA-256 of the document's bytes. */
    public Digest content() {
        return content;
    }

    /** When it was sent, in whole seconds. */
    public Instant time() {
        return time;
    }

    /** The envelope id of the document it answers or disputes, if any. */
    public Optional<Digest> answers() {
        return answers;
    }

    /** Equal when the six parts are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope e && type == e.type && author.equals(e.author) && addressees.equals(e.addressees)
                && content.equals(e.content) && time.equals(e.time) && answers.equals(e.answers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, author, addressees, content, time, answers);
    }

    @Override
    public String toString() {
        return "Envelope[type=" + type + ", author=" + author + ", addressees=" + addressees + ", content=" + content
                + ", time=" + time + ", answers=" + answers + "]";
    }

    /** The envelope of {@code content}, sent now (truncated to seconds). */
    public static Envelope of(DocumentType type, PartyId author, List<PartyId> addressees, byte[] content, Instant now,
            Optional<Digest> answers) {
        return new Envelope(type, author, new TreeSet<>(addressees), Digest.sha256(content),
                now.truncatedTo(ChronoUnit.SECONDS), answers);
    }

    /** The canonical bytes: header, then one {@code key value} line each, {@code answers} only when present. */
    public byte[] encoded() {
        return text().getBytes(StandardCharsets.US_ASCII);
    }

    /** The canonical text (as {@link #encoded()}). */
    public String text() {
        String made = text;
        if (made == null) {
            made = makeText();
            text = made;
        }
        return made;
    }

    private String makeText() {
        StringBuilder out = new StringBuilder(HEADER).append('\n')
                .append("type ").append(type.token()).append('\n')
                .append("author ").append(author).append('\n')
                .append("to ").append(String.join(" ", addressees.stream().map(PartyId::value).toList())).append('\n')
                .append("sha256 ").append(content.hex()).append('\n')
                .append("time ").append(CanonicalLines.formatTime(time)).append('\n');
        answers.ifPresent(a -> out.append("answers ").append(a.hex()).append('\n'));
        return out.toString();
    }

    /** This envelope's identity: the SHA-256 of its canonical bytes (what an answer refers to). */
    public Digest id() {
        Digest made = id;
        if (made == null) {
            made = Digest.sha256(encoded());
            id = made;
        }
        return made;
    }

    /**
     * Parses the canonical form and nothing else: any other spelling of the same envelope is refused, so two
     * different byte strings never mean the same envelope.
     *
     * @throws DocumentFormatException naming the line and what is wrong
     */
    public static Envelope parse(byte[] bytes) {
        return read(CanonicalLines.of("envelope", bytes, MAX_BYTES), bytes);
    }

    static Envelope read(CanonicalLines lines, byte[] original) {
        lines.header(HEADER);
        DocumentType type = DocumentType.ofToken(lines.field("type"));
        PartyId author = party(lines.field("author"), "author");
        SortedSet<PartyId> addressees = addressees(lines.field("to"));
        Digest content = Digest.parseHex(lines.field("sha256"));
        Instant time = CanonicalLines.parseTime(lines.field("time"), "envelope time");
        Optional<Digest> answers = lines.has("answers") ? Optional.of(Digest.parseHex(lines.field("answers"))) : Optional.empty();
        lines.end();
        Envelope envelope = new Envelope(type, author, addressees, content, time, answers);
        if (!Arrays.equals(envelope.encoded(), original)) {
            throw new DocumentFormatException("the envelope is not in canonical form; write it as: " + envelope.text());
        }
        return envelope;
    }

    private static SortedSet<PartyId> addressees(String field) {
        List<PartyId> listed = new ArrayList<>();
        for (String id : field.split(" ", -1)) {
            listed.add(party(id, "addressee"));
        }
        for (int i = 1; i < listed.size(); i++) {
            if (listed.get(i - 1).compareTo(listed.get(i)) >= 0) {
                throw new DocumentFormatException("the addressees \"" + field + "\" must be listed once each, in ascending order");
            }
        }
        return new TreeSet<>(listed);
    }

    static PartyId party(String text, String field) {
        try {
            return new PartyId(text);
        } catch (IllegalArgumentException e) {
            throw new DocumentFormatException("the " + field + " \"" + text + "\" is not a party id: " + e.getMessage());
        }
    }
}
