package org.repatria.server.log;

/** The log refused an entry (a replay, a bad signature, an unknown key...); the status and message say why. */
public final class LogRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    /** A refusal with an HTTP status (4xx for the caller's fault, 503 when the log cannot take entries now). */
    public LogRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status that fits. */
    public int status() {
        return status;
    }
}
