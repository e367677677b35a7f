package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;

/** The typed models of the mediator's relay queue ({@code relays.jte}). */
final class RelayViews {
    private RelayViews() {
    }

    /**
     * The queue: every document awaiting relay, oldest first; {@code done} says what the last relay passed on, and
     * {@code problem} why the last one was refused (then nothing changed).
     */
    record Queue(Page page, List<Awaiting> documents, Optional<String> done, Optional<NegotiationViews.Problem> problem) {
    }

    /**
     * One document awaiting relay: what it is ({@code type}, {@code title}, {@code link} to what it concerns), who sent
     * it, to whom it is addressed, since when; the form relays it to {@code to} (its addressees) once {@code confirm},
     * which names who will read it, is ticked.
     */
    record Awaiting(String envelopeId, String type, String title, Optional<String> link, String author,
                    String addressees, String since, String action, List<String> to, String confirm) {
        /** The envelope id's first twelve digits, as the documents page shows them. */
        String shortId() {
            return envelopeId.substring(0, Math.min(12, envelopeId.length()));
        }
    }
}
