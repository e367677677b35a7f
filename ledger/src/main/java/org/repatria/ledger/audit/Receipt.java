package org.repatria.ledger.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.repatria.ledger.merkle.Hash;

/**
 * What a submitter keeps: the entry's index and bytes, the signed checkpoint it was included under, and the inclusion
 * proof — enough to prove the entry is in the log, offline.
 */
public record Receipt(long index, byte[] entry, byte[] checkpoint, List<Hash> proof) {
    private static final String HEADER = "repatria-receipt/v1";

    /** Copies the byte arrays and the proof. */
    public Receipt {
        entry = entry.clone();
        checkpoint = checkpoint.clone();
        proof = List.copyOf(proof);
    }

    /** A copy of the entry bytes. */
    @Override
    public byte[] entry() {
        return entry.clone();
    }

    /** A copy of the signed checkpoint bytes. */
    @Override
    public byte[] checkpoint() {
        return checkpoint.clone();
    }

    /** Equal when index, entry, checkpoint and proof are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Receipt other && index == other.index && Arrays.equals(entry, other.entry)
                && Arrays.equals(checkpoint, other.checkpoint) && proof.equals(other.proof);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, Arrays.hashCode(entry), Arrays.hashCode(checkpoint), proof);
    }

    /**
     * A text form: header, {@code index <n>}, {@code entry <base64>}, one {@code proof <base64>} line per hash (leaf
     * side first), {@code checkpoint}, then the signed checkpoint note verbatim.
     */
    public String encode() {
        String signed = new String(checkpoint, StandardCharsets.UTF_8);
        // Sized once (a receipt is made per submission): header, index, entry in base64, 51 characters a proof line.
        StringBuilder out = new StringBuilder(HEADER.length() + 40 + 4 * ((entry.length + 2) / 3) + 51 * proof.size()
                + "checkpoint\n".length() + signed.length());
        out.append(HEADER).append('\n').append("index ").append(index).append('\n')
                .append("entry ").append(Base64.getEncoder().encodeToString(entry)).append('\n');
        for (Hash h : proof) {
            out.append("proof ").append(h.base64()).append('\n');
        }
        return out.append("checkpoint\n").append(signed).toString();
    }

    /** Parses the text form written by {@link #encode()}. */
    public static Receipt parse(String text) {
        int split = text.indexOf("\ncheckpoint\n");
        if (!text.startsWith(HEADER + "\n") || split < 0) {
            throw new AuditException(Problem.BAD_RECEIPT, "not a receipt: it starts with " + HEADER + " and has a checkpoint line");
        }
        String[] lines = text.substring(HEADER.length() + 1, split).split("\n");
        try {
            if (lines.length < 2 || !lines[0].startsWith("index ") || !lines[1].startsWith("entry ")) {
                throw new IllegalArgumentException("the index and entry lines come first");
            }
            List<Hash> proof = new ArrayList<>();
            for (int i = 2; i < lines.length; i++) {
                if (!lines[i].startsWith("proof ")) {
                    throw new IllegalArgumentException("line " + (i + 2) + " is not a proof line");
                }
                proof.add(Hash.fromBase64(lines[i].substring(6)));
            }
            return new Receipt(Long.parseLong(lines[0].substring(6)), Base64.getDecoder().decode(lines[1].substring(6)),
                    text.substring(split + "\ncheckpoint\n".length()).getBytes(StandardCharsets.UTF_8), proof);
        } catch (IllegalArgumentException e) {
            throw new AuditException(Problem.BAD_RECEIPT, "the receipt is malformed: " + e.getMessage(), e);
        }
    }
}
