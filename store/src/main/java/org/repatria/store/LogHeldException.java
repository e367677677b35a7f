package org.repatria.store;

/** Another store, in another process or in this one, holds the right to append to this database's log. */
public class LogHeldException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** Refuses the log, naming its {@code holder}. */
    public LogHeldException(String holder) {
        super("another Repatria server holds the log of this database (" + holder + "); stop it first or point this"
                + " one at another database");
    }
}
