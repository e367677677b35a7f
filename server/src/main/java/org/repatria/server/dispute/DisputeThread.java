package org.repatria.server.dispute;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.server.document.LoggedStep;

/**
 * The disputes about one document (its envelope and id), in the order they were raised, each with its answers: what
 * is contested and what was said, step by step with each log entry. Texts are there only for a reader of that dispute or answer (its author,
 * the mediator, and its addressee once relayed); anyone else gets the log's metadata alone.
 */
public record DisputeThread(Envelope document, String envelopeId, List<Raised> disputes) {
    public DisputeThread {
        disputes = List.copyOf(disputes);
    }

    /** A dispute and the answers to it. */
    public record Raised(Said dispute, List<Said> answers) {
        public Raised {
            answers = List.copyOf(answers);
        }
    }

    /**
     * A dispute or an answer: its envelope id, author, addressee, signed time, subject (a dispute's) and text when the
     * reader may read them, and its steps on the log (submitted, relayed, acknowledged).
     */
    public record Said(String envelopeId, PartyId author, PartyId to, Instant time, Optional<String> subject,
                       Optional<String> text, List<LoggedStep> trail) {
        public Said {
            trail = List.copyOf(trail);
        }
    }
}
