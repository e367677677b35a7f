package org.repatria.server.linkage;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.repatria.match.explain.Explanation;
import org.repatria.store.link.StoredLink;

/**
 * One pair of a run: the left and right row ids, the match probability, the matcher's {@code decision} (match or
 * review), the reviewer's {@code status} (pending, confirmed, rejected) with who and when, and each field's
 * contribution (log2 Bayes factor) to the score.
 */
public record LinkReply(int number, String leftRow, String rightRow, double probability, String decision, String status,
                        Optional<String> decidedBy, Optional<Instant> decidedAt, Explanation explanation) {

    static LinkReply of(StoredLink l) {
        return new LinkReply(l.number(), l.leftRow(), l.rightRow(), l.probability(), l.automatic() ? "match" : "review",
                l.verdict().name().toLowerCase(Locale.ROOT), l.decidedBy(), l.decidedAt(), ExplanationText.decode(l.explanation()));
    }
}
