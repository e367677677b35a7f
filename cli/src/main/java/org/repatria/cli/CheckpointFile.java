package org.repatria.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.repatria.ledger.checkpoint.CheckpointException;
import org.repatria.ledger.checkpoint.SignedCheckpoint;

/** A file remembering the last checkpoint seen (by {@code verify}) or cosigned (by {@code witness}). */
final class CheckpointFile {
    private final Path file;

    CheckpointFile(Path file) {
        this.file = file;
    }

    /** The remembered checkpoint, or empty when the file does not exist yet (the first run). */
    Optional<SignedCheckpoint> read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "cannot read the state file " + file + ": " + e.getMessage(), e);
        }
        try {
            return Optional.of(SignedCheckpoint.parse(bytes));
        } catch (CheckpointException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "the state file " + file + " does not hold a checkpoint ("
                    + e.getMessage() + "); restore it from a backup — deleting it gives up the protection it gives", e);
        }
    }

    /** Replaces the remembered checkpoint atomically. */
    void write(SignedCheckpoint checkpoint) {
        AtomicFile.write(file, checkpoint.encoded(), false, true);
    }

    Path path() {
        return file;
    }
}
