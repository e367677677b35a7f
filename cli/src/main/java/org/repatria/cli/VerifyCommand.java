package org.repatria.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.party.PartyId;
import org.repatria.server.log.LogEntry;
import org.repatria.ledger.audit.AuditException;
import org.repatria.ledger.audit.AuditReport;
import org.repatria.ledger.audit.LogAuditor;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.cosignature.Cosignature;
import org.repatria.ledger.note.NoteVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code repatria verify}: audits a log from outside, trusting only its verifier key. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Audits a C2SP tiled log: the checkpoint's signature, its consistency with the checkpoint "
            + "remembered in --state (then remembers the new one), every entry against the tiles and the tiles "
            + "against the root, the receipts given, and witness cosignatures. A split view is reported as "
            + "such.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the log (and every receipt) verified",
            "1:verification failed: the message names what is wrong (keep the state file as evidence)",
            "2:bad arguments or files, or the log could not be reached"})
final class VerifyCommand implements Callable<Integer> {
    private static final long PROGRESS_EVERY = 1 << 14;

    @Spec
    CommandSpec spec;

    @Mixin
    LogAddress address = new LogAddress();

    @Option(names = "--vkey", required = true, paramLabel = "KEY", description = "The log's verifier key, or a file holding it.")
    String vkey;

    @Option(names = "--state", paramLabel = "FILE", description = "Remembers the last verified checkpoint between runs.")
    Optional<Path> state = Optional.empty();

    @Option(names = "--receipt", paramLabel = "FILE", description = "A receipt to check against the log (repeatable).")
    List<Path> receipts = new ArrayList<>();

    @Option(names = "--witness", paramLabel = "VKEY", description = "A witness's cosignature verifier key, or a file (repeatable).")
    List<String> witnesses = new ArrayList<>();

    @Option(names = "--min-cosignatures", paramLabel = "N", description = "Valid witness cosignatures required (default: 1 with --witness).")
    Optional<Integer> minCosignatures = Optional.empty();

    @Option(names = "--party-key", paramLabel = "PARTY=VKEY",
            description = "A party's verifier key (or a file): its entries' signatures are checked (repeatable).")
    Map<String, String> partyKeys = new LinkedHashMap<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return CommandFailure.report(err, () -> {
            List<NoteVerifier> witnessKeys = witnesses.stream().map(w -> KeyFile.verifier("--witness", w)).toList();
            Inputs inputs = new Inputs(LogAddress.auditor("--vkey", vkey), state.map(CheckpointFile::new),
                    receipts.stream().map(VerifyCommand::readReceipt).toList(), witnessKeys,
                    requiredCosignatures(witnessKeys.size()), new EntryCensus(parties()));
            try {
                return verify(inputs, address.client());
            } catch (AuditException e) {
                throw LogAddress.failure("verification failed", e);
            }
        });
    }

    private int verify(Inputs in, LogClient log) {
        PrintWriter out = spec.commandLine().getOut();
        LogAuditor auditor = in.auditor();
        Optional<CheckpointFile> file = in.state();
        Optional<SignedCheckpoint> remembered = file.flatMap(CheckpointFile::read);
        ObjLongConsumer<byte[]> progress = progress();
        AuditReport report = auditor.audit(log, remembered, (entry, index) -> {
            in.census().accept(entry, index);
            progress.accept(entry, index);
        });
        Checkpoint checkpoint = report.checkpoint().checkpoint();
        file.ifPresent(f -> f.write(report.checkpoint()));
        out.println("log " + checkpoint.origin() + " at " + log.base());
        out.println("checkpoint " + checkpoint.size() + " entries, root " + checkpoint.root().base64());
        out.println(report.consistentWithSize().map(size -> "consistent with the remembered checkpoint of " + size + " entries")
                .orElse(file.map(f -> "first audit: " + f.path() + " now remembers this checkpoint")
                        .orElse("no --state given: consistency with earlier checkpoints was not checked")));
        out.println("entries checked " + report.entriesChecked() + ": " + in.census().summary());
        for (Named<Receipt> receipt : in.receipts()) {
            Checkpoint receipted = check(receipt, () -> auditor.checkReceipt(receipt.value(), log));
            out.println("receipt " + receipt.file() + ": entry " + receipt.value().index() + describe(receipt.value().entry())
                    + " is in the log (receipted at " + receipted.size() + " entries)");
        }
        if (!in.witnesses().isEmpty()) {
            List<Cosignature> valid = auditor.checkCosignatures(report.checkpoint(), in.witnesses(), in.required());
            out.println("cosigned by " + valid.size() + " of " + in.witnesses().size() + " witnesses: "
                    + String.join(", ", valid.stream().map(c -> c.witness().name() + " at " + c.time()).toList()));
        }
        out.println("verified");
        out.flush();
        return 0;
    }

    private int requiredCosignatures(int witnessCount) {
        int required = minCosignatures.orElse(witnessCount == 0 ? 0 : 1);
        if (required < 0 || required > witnessCount) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "--min-cosignatures " + required + " needs at least that many"
                    + " --witness keys (" + witnessCount + " given)");
        }
        return required;
    }

    // What a receipted entry records, when it is a Repatria entry: " (submitted by ua, envelope <id>)".
    private static String describe(byte[] entry) {
        try {
            EntryStatement s = LogEntry.parse(entry).statement();
            return " (" + s.kind().token() + " by " + s.signer() + ", envelope " + s.envelope().id() + ")";
        } catch (IllegalArgumentException notOurs) {
            return "";
        }
    }

    private Map<PartyId, NoteVerifier> parties() {
        Map<PartyId, NoteVerifier> keys = new HashMap<>();
        partyKeys.forEach((party, key) -> {
            try {
                keys.put(PartyId.of(party), KeyFile.verifier("--party-key " + party, key));
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(CommandFailure.UNUSABLE, "--party-key " + party + ": " + e.getMessage(), e);
            }
        });
        return keys;
    }

    private ObjLongConsumer<byte[]> progress() {
        PrintWriter err = spec.commandLine().getErr();
        return (entry, index) -> {
            if ((index + 1) % PROGRESS_EVERY == 0) {
                err.println("checked " + (index + 1) + " entries");
                err.flush();
            }
        };
    }

    private static Named<Receipt> readReceipt(Path file) {
        String text = KeyFile.read(file, "--receipt");
        try {
            return new Named<>(file, Receipt.parse(text));
        } catch (AuditException e) {
            throw new CommandFailure(CommandFailure.FAILED, "receipt " + file + ": " + e.getMessage(), e);
        }
    }

    private static <T> T check(Named<Receipt> receipt, Supplier<T> step) {
        try {
            return step.get();
        } catch (AuditException e) {
            throw new AuditException(e.problem(), "receipt " + receipt.file() + " (entry " + receipt.value().index() + "): "
                    + e.getMessage(), e);
        }
    }

    private record Named<T>(Path file, T value) {
    }

    private record Inputs(LogAuditor auditor, Optional<CheckpointFile> state, List<Named<Receipt>> receipts,
            List<NoteVerifier> witnesses, int required, EntryCensus census) {
    }
}
