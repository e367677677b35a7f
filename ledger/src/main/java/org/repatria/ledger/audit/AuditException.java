package org.repatria.ledger.audit;

/** An audit failed; {@link #problem()} classifies it and the message says what is wrong and where. */
public final class AuditException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Problem problem;

    /** A failure of the given kind, described for a person. */
    public AuditException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** A failure of the given kind, described for a person. */
    public AuditException(Problem problem, String message) {
        this(problem, message, null);
    }

    /** The kind of failure. */
    public Problem problem() {
        return problem;
    }
}
