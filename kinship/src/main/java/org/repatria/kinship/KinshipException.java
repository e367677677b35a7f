package org.repatria.kinship;

/** A kinship input or computation problem; the message says what is wrong and what to do about it. */
public class KinshipException extends RuntimeException {

    public KinshipException(String message) {
        super(message);
    }
}
