package org.repatria.store.genetic;

import org.repatria.store.StoreException;

/** A DNA case, or a row of one, that a caller named does not exist; check the id. */
public final class CaseException extends StoreException {
    private static final long serialVersionUID = 1L;

    CaseException(String message) {
        super(message);
    }
}
