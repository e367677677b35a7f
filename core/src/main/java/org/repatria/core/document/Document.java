package org.repatria.core.document;

import java.util.Arrays;
import java.util.Objects;

/** A document's bytes with the envelope that describes them; the envelope's digest must be the bytes' SHA-256. */
public record Document(Envelope envelope, byte[] content) {
    /** Checks that the envelope describes these bytes, and copies them. */
    public Document {
        if (!Digest.sha256(content).equals(envelope.content())) {
            throw new DocumentFormatException("the document's bytes have SHA-256 " + Digest.sha256(content).hex()
                    + " but its envelope says " + envelope.content().hex() + ": the bytes were changed after signing");
        }
        content = content.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Equal when envelope and bytes are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Document other && envelope.equals(other.envelope) && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(envelope, Arrays.hashCode(content));
    }
}
