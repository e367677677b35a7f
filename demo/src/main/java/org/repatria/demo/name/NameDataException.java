package org.repatria.demo.name;

/** The scenario's bundled name data is missing or malformed: a build defect, fixed by correcting the resource. */
public final class NameDataException extends RuntimeException {
    /** A defect described by {@code message}, which names the file and what is wrong with it. */
    public NameDataException(String message) {
        super(message);
    }

    NameDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
