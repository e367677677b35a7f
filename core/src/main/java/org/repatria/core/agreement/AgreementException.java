package org.repatria.core.agreement;

/** An agreement, its text or its negotiation breaks a rule; the message says which rule and what to do instead. */
public sealed class AgreementException extends RuntimeException permits DeadlineException {
    private static final long serialVersionUID = 1L;

    /** A failure described for a person. */
    public AgreementException(String message) {
        super(message);
    }
}
