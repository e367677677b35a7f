package org.repatria.store.reads;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One walk over every segment, oldest first, checking the chain: segments numbered without gaps (and, once rotation
 * began, as many as the limit keeps), each line intact, numbered one after the line before and naming its hash.
 * The first break is reported; the walk goes on from the broken line, so every readable line is still handed on.
 */
final class ChainScan {
    private final Segments segments;
    private final int kept;

    ChainScan(Segments segments, int kept) {
        this.segments = segments;
        this.kept = kept;
    }

    Optional<ChainBreak> run(Consumer<ChainLine.Decoded> each) throws IOException {
        List<Integer> numbers = segments.numbers();
        ChainBreak first = null;
        String prev = null;
        long seq = -1;
        if (!numbers.isEmpty() && numbers.get(0) > 1 && numbers.size() < kept) {
            first = new ChainBreak(name(numbers.get(0)), 0, "older segments were removed, not rotated out: only "
                    + numbers.size() + " of " + kept + " are kept");
        }
        for (int k = 0; k < numbers.size(); k++) {
            int n = numbers.get(k);
            if (k > 0 && n != numbers.get(k - 1) + 1 && first == null) {
                first = new ChainBreak(name(n), 0, "segment " + (numbers.get(k - 1) + 1) + " is missing");
            }
            Optional<List<String>> lines = segments.lines(n);
            if (lines.isEmpty()) {
                continue;
            }
            long lineNo = 0;
            for (String line : lines.get()) {
                lineNo++;
                ChainLine.Decoded d;
                try {
                    d = ChainLine.decode(line);
                } catch (RuntimeException e) {
                    first = first != null ? first : new ChainBreak(name(n), lineNo, "not a record line (" + e.getMessage() + ")");
                    continue;
                }
                boolean genesis = prev == null && n == 1 && lineNo == 1;
                String reason = !d.intact() ? "its hash does not match its content: the line was edited"
                        : genesis && !d.prev().equals(ChainLine.GENESIS) ? "the first line does not start the chain"
                        : prev != null && !d.prev().equals(prev) ? "it does not follow the line before: a line was removed or inserted"
                        : seq >= 0 && d.read().seq() != seq + 1 ? "read " + d.read().seq() + " follows read " + seq
                        : null;
                if (reason != null && first == null) {
                    first = new ChainBreak(name(n), lineNo, reason);
                }
                prev = d.hash();
                seq = d.read().seq();
                each.accept(d);
            }
        }
        return Optional.ofNullable(first);
    }

    private String name(int n) {
        return segments.path(n).getFileName().toString();
    }
}
