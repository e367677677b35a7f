package org.repatria.cli;

import java.time.Duration;
import java.util.Locale;
import org.repatria.ledger.audit.AuditException;
import org.repatria.ledger.audit.LogAuditor;
import picocli.CommandLine.Option;

/** The options that name a log and how to reach it, shared by the commands that read one. */
final class LogAddress {
    @Option(names = "--url", required = true, paramLabel = "URL", description = "The log's address, e.g. https://host/log/.")
    String url;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Network timeout per request (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 30;

    /** A client of the log at {@code --url}. */
    LogClient client() {
        return new LogClient(url, Duration.ofSeconds(timeoutSeconds));
    }

    /** An auditor trusting the log key given in {@code option}. */
    static LogAuditor auditor(String option, String key) {
        return new LogAuditor(KeyFile.verifier(option, key));
    }

    /** A failed audit as exit 1, its message led by what was refused and the kind of problem. */
    static CommandFailure failure(String refused, AuditException e) {
        return new CommandFailure(CommandFailure.FAILED, refused + " ("
                + e.problem().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "): " + e.getMessage(), e);
    }
}
