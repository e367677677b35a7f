package org.repatria.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteException;
import org.repatria.ledger.note.NoteSigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code repatria keygen}: an Ed25519 note key pair for a party, the mediator's log, or a witness. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Makes an Ed25519 key pair in the C2SP signed-note formats. Writes the private signer key to "
            + "FILE (readable by you only) and prints the public verifier key <name>+<key id>+<key>, which you "
            + "register with the mediator or publish.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the key was written", "2:bad arguments, FILE exists (see --force), or FILE cannot be written"})
final class KeygenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, description = "Key name, e.g. ua-mod or icrc-witness (no spaces or '+').")
    String name;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the private key.")
    Path out;

    @Option(names = "--witness", description = "Make a witness cosignature key (C2SP tlog-cosignature, type 0x04).")
    boolean witness;

    @Option(names = "--force", description = "Overwrite FILE if it exists (the key in it is lost).")
    boolean force;

    @Override
    public Integer call() {
        return CommandFailure.report(spec.commandLine().getErr(), () -> {
            NoteSigner key;
            try {
                key = NoteSigner.generate(name, witness ? KeyType.COSIGNATURE_V1 : KeyType.ED25519, new SecureRandom());
            } catch (NoteException e) {
                throw new CommandFailure(CommandFailure.UNUSABLE, "--name: " + e.getMessage(), e);
            }
            AtomicFile.write(out, (key.encoded() + "\n").getBytes(StandardCharsets.UTF_8), true, force);
            spec.commandLine().getOut().println(key.verifier().encoded());
            spec.commandLine().getErr().println("Private key written to " + out + " (keep it secret; only you can read it).");
            return 0;
        });
    }
}
