package org.repatria.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.repatria.ledger.audit.AuditException;
import org.repatria.ledger.audit.LogAuditor;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.cosignature.CosignatureException;
import org.repatria.ledger.cosignature.Cosigner;
import org.repatria.ledger.note.NoteSignature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code repatria witness}: an observer cosigns the log's checkpoint, only if it extends the last one it cosigned. */
@Command(name = "witness", mixinStandardHelpOptions = true,
        description = "Fetches the log's checkpoint, checks the log's signature and that it is consistent with the "
            + "checkpoint last cosigned (kept in --state), and only then cosigns it (C2SP tlog-cosignature). "
            + "Prints the cosignature line; with --submit also sends the cosigned checkpoint to the server "
            + "(POST /api/v1/log/cosignatures with the bearer token from --token-file or $REPATRIA_TOKEN).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:cosigned (and submitted, with --submit)",
            "1:refused to cosign: the message names what is wrong (keep the state file as evidence)",
            "2:bad arguments or files, the log could not be reached, or the submission was refused"})
final class WitnessCommand implements Callable<Integer> {
    /** Where a cosigned checkpoint is submitted, relative to the log's address. */
    static final String SUBMIT_PATH = "/api/v1/log/cosignatures";

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    LogAddress address = new LogAddress();

    @Option(names = "--log-vkey", required = true, paramLabel = "KEY", description = "The log's verifier key, or a file holding it.")
    String logKey;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "This witness's private key (repatria keygen --witness).")
    Path key;

    @Option(names = "--state", required = true, paramLabel = "FILE", description = "Remembers the last cosigned checkpoint.")
    Path state;

    @Option(names = "--submit", description = "Send the cosigned checkpoint to the server.")
    boolean submit;

    @Mixin
    ApiToken apiToken = new ApiToken();

    WitnessCommand() {
        this(Clock.systemUTC());
    }

    WitnessCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        return CommandFailure.report(spec.commandLine().getErr(), () -> {
            LogAuditor auditor = LogAddress.auditor("--log-vkey", logKey);
            Cosigner cosigner = cosigner();
            CheckpointFile file = new CheckpointFile(state);
            LogClient log = address.client();
            SignedCheckpoint cosigned;
            try {
                cosigned = auditor.witness(log, file.read(), cosigner);
            } catch (AuditException e) {
                throw LogAddress.failure("not cosigned", e);
            }
            file.write(cosigned);
            List<NoteSignature> lines = cosigned.note().signatures();
            spec.commandLine().getOut().print(lines.get(lines.size() - 1).line());
            spec.commandLine().getOut().flush();
            if (submit) {
                submit(log, cosigned);
            }
            return 0;
        });
    }

    private Cosigner cosigner() {
        try {
            return new Cosigner(KeyFile.signer("--key", key), clock);
        } catch (CosignatureException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "--key " + key + ": " + e.getMessage(), e);
        }
    }

    private void submit(LogClient log, SignedCheckpoint cosigned) {
        Optional<String> token = apiToken.token();
        var response = log.post(SUBMIT_PATH, cosigned.encoded(), "text/plain; charset=utf-8", token);
        if (response.statusCode() / 100 != 2) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "cosigned, but the server refused the cosignature: HTTP "
                    + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8).strip()
                    + "; the cosignature above is valid, submit it again later");
        }
        spec.commandLine().getErr().println("submitted to " + log.base().resolve(SUBMIT_PATH));
    }
}
