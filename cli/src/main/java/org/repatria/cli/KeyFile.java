package org.repatria.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.repatria.ledger.note.NoteException;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.NoteVerifier;

/** Reads note keys given on the command line: verifier keys as strings or files, signer keys from files. */
final class KeyFile {
    private KeyFile() {
    }

    /** A verifier key given as the key string itself or as the name of a file holding it. */
    static NoteVerifier verifier(String option, String value) {
        String key = value;
        try {
            Path file = Path.of(value);
            if (Files.isRegularFile(file)) {
                key = read(file, option);
            }
        } catch (InvalidPathException notAPath) {
            // A key string, not a file name: use it as given.
        }
        try {
            return NoteVerifier.parse(key);
        } catch (NoteException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, option + ": " + e.getMessage()
                    + " (give a verifier key <name>+<key id>+<key> or a file holding one)", e);
        }
    }

    /** A signer key from a file written by {@code repatria keygen}. */
    static NoteSigner signer(String option, Path file) {
        try {
            return NoteSigner.parse(read(file, option));
        } catch (NoteException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, option + " " + file + ": " + e.getMessage(), e);
        }
    }

    static String read(Path file, String option) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, option + ": cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
