package org.repatria.core.agreement;

/**
 * The terms' dates are out of order (nominations, plan, tranches, completion): names the field to correct, in the
 * canonical text's spelling ({@code plan-by}, {@code completed-by}, {@code tranche N}), and the date it must not precede.
 */
public final class DeadlineException extends AgreementException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /** A date in {@code field} that comes too early; {@code message} says before what and what to give instead. */
    public DeadlineException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field whose date to correct. */
    public String field() {
        return field;
    }
}
