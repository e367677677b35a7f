package org.repatria.store.exchange;

import org.repatria.store.StoreException;

/** A move started from a state the person is no longer in (someone moved them meanwhile); nothing was stored. */
public final class StaleStateException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StaleStateException(String message) {
        super(message);
    }
}
