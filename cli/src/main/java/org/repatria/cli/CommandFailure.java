package org.repatria.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A command could not do its job; carries the exit code and a message saying what is wrong and what to do. */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Exit code: the check ran and found something wrong. */
    static final int FAILED = 1;
    /** Exit code: the command could not run (bad arguments, files, or an unreachable log). */
    static final int UNUSABLE = 2;

    private final int exitCode;

    CommandFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    CommandFailure(int exitCode, String message) {
        this(exitCode, message, null);
    }

    int exitCode() {
        return exitCode;
    }

    /** Runs a command body; a failure is printed as one line on {@code err} and becomes the exit code. */
    static int report(PrintWriter err, Callable<Integer> body) {
        try {
            return body.call();
        } catch (CommandFailure f) {
            err.println(f.getMessage());
            err.flush();
            return f.exitCode;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
