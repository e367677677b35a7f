package org.repatria.core.tranche;

/** A plan cannot be made or changed as asked; the message says why and what input would allow it. */
public final class PlanningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure described for a person. */
    public PlanningException(String message) {
        super(message);
    }
}
