package org.repatria.store.exchange;

import org.repatria.store.StoreException;

/** An action started from a state that changed meanwhile (a person moved, an agreement or plan accepted); nothing was stored. */
public final class StaleStateException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StaleStateException(String message) {
        super(message);
    }
}
