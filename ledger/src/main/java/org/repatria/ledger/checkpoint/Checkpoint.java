package org.repatria.ledger.checkpoint;

import java.util.Arrays;
import java.util.List;
import org.repatria.ledger.merkle.Hash;

/** A checkpoint body (C2SP tlog-checkpoint, "Note text"): origin, tree size, root hash, optional extension lines. */
public record Checkpoint(String origin, long size, Hash root, List<String> extensions) {
    /** Checks each line's rules. */
    public Checkpoint {
        if (origin.isEmpty() || origin.contains("\n")) {
            throw new CheckpointException("a checkpoint origin must be one non-empty line");
        }
        if (size < 0) {
            throw new CheckpointException("a checkpoint tree size is never negative, got " + size);
        }
        extensions = List.copyOf(extensions);
        for (String line : extensions) {
            if (line.isEmpty() || line.contains("\n")) {
                throw new CheckpointException("checkpoint extension lines must be single non-empty lines");
            }
        }
    }

    /** A checkpoint without extension lines. */
    public Checkpoint(String origin, long size, Hash root) {
        this(origin, size, root, List.of());
    }

    /** Parses the note text of a checkpoint. */
    public static Checkpoint parse(String text) {
        if (!text.endsWith("\n")) {
            throw new CheckpointException("a checkpoint text ends with a newline");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new CheckpointException("a checkpoint has at least three lines (origin, tree size, root hash), got " + lines.length);
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                throw new CheckpointException("line " + (i + 1) + " of the checkpoint is empty");
            }
        }
        return new Checkpoint(lines[0], parseSize(lines[1]), parseRoot(lines[2]),
                Arrays.asList(lines).subList(3, lines.length));
    }

    /** The note text: one line each for origin, size, base64 root, and the extension lines. */
    public String text() {
        StringBuilder out = new StringBuilder().append(origin).append('\n').append(size).append('\n')
                .append(root.base64()).append('\n');
        extensions.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    // The tree size is ASCII decimal with no leading zeroes (unless it is 0).
    private static long parseSize(String line) {
        if (!line.matches("0|[1-9][0-9]{0,18}")) {
            throw new CheckpointException("line 2 of the checkpoint is not a tree size (decimal, no leading zeros): " + line);
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException e) {
            throw new CheckpointException("the checkpoint tree size " + line + " is too large", e);
        }
    }

    private static Hash parseRoot(String line) {
        try {
            Hash root = Hash.fromBase64(line);
            if (!root.base64().equals(line)) {
                throw new CheckpointException("line 3 of the checkpoint is not canonical base64: " + line);
            }
            return root;
        } catch (IllegalArgumentException e) {
            throw new CheckpointException("line 3 of the checkpoint is not a base64 SHA-256 root hash: " + line, e);
        }
    }
}
