package org.repatria.store;

/** A unique key (party id, username, list id, row id within a list, relay) is already taken. */
public class DuplicateException extends StoreException {
    private static final long serialVersionUID = 1L;

    public DuplicateException(String message) {
        super(message);
    }

    public DuplicateException(String message, Throwable cause) {
        super(message, cause);
    }
}
