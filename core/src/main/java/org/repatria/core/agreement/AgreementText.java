package org.repatria.core.agreement;

/**
 * The canonical text of an agreement: printable ASCII, one {@code key value} per line in a fixed order, so that
 * equal agreements have byte-equal texts that a party can sign as a {@code proposal} document.
 */
public final class AgreementText {
    private AgreementText() {
    }

    /** The canonical bytes of an agreement. */
    public static byte[] render(Agreement agreement) {
        throw new UnsupportedOperationException("agreement text not written yet");
    }

    /** Reads canonical bytes back; {@link AgreementException} naming the line when they are not a canonical agreement. */
    public static Agreement parse(byte[] text) {
        throw new UnsupportedOperationException("agreement text not written yet");
    }
}
