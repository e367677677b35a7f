package org.repatria.server.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.request.RowStatus;

/**
 * What one reader may read of one person: an entry per readable row, in the order the rows were given, and how many rows
 * were left off beyond {@link Dossiers#MAX_ROWS}. Rows the reader may not read are absent, not marked.
 */
public record Dossier(List<Entry> entries, int leftOff) {
    public Dossier {
        entries = List.copyOf(entries);
    }

    /** One row and everything the reader may read that names it. */
    public record Entry(Source list, Person row, List<Answer> answers, List<Nomination> nominations, List<Move> moves,
                        List<Slot> tranches, List<Chain> custody, List<Identification> identifications) {
        public Entry {
            answers = List.copyOf(answers);
            nominations = List.copyOf(nominations);
            moves = List.copyOf(moves);
            tranches = List.copyOf(tranches);
            custody = List.copyOf(custody);
            identifications = List.copyOf(identifications);
        }
    }

    /**
     * The row's list: its title, purpose and category, the party that wrote it, when it was submitted, whether it is a
     * signed document on the log, and the relays the reader may know of (all for the mediator and the author, else its own).
     */
    public record Source(ListId id, String title, ListPurpose purpose, Category category, PartyId author, Instant submitted,
                         boolean signed, List<Relay> relays) {
        public Source {
            relays = List.copyOf(relays);
        }
    }

    /** A relay of the list: to which party, when. */
    public record Relay(PartyId to, Instant at) {
    }

    /** An answer to the request for the row: the answering party, what it said, when it was submitted. */
    public record Answer(PartyId by, RowStatus status, PartialDate date, String place, PersonName nameHeld, String note,
                         Instant submitted) {
    }

    /** A nomination of the row in an agreement: side, priority, reserve, health class, eligibility and its reason, state now. */
    public record Nomination(String agreement, String kind, String party, int priority, boolean reserve, String health,
                             boolean eligible, String reason, String state) {
    }

    /** A lifecycle move of the row in an agreement: from, to, by whom for which party, when, why. */
    public record Move(String agreement, String from, String to, String by, String party, Instant at, String reason) {
    }

    /** The row's place in a tranche of the plan in force: date, crossing, direction, basis, body tag (remains), state. */
    public record Slot(String agreement, int tranche, String date, String crossing, String from, String to, String basis,
                       String bodyTag, String state) {
    }

    /**
     * The chain of custody of the body bag whose label names the row: every step, and whom it was identified as (empty
     * until identified; another row than the label's when mislabelled).
     */
    public record Chain(String agreement, String bodyTag, int tranche, List<Step> steps, Optional<String> identifiedAs,
                        boolean mislabelled) {
        public Chain {
            steps = List.copyOf(steps);
        }
    }

    /** One step of a chain of custody. */
    public record Step(String kind, String party, String where, String note, Instant at) {
    }

    /**
     * An identification unit's confirmation that the row's person is identified: its party, when, by whom; the DNA case
     * (its title) only for the unit's own accounts, empty for everyone else.
     */
    public record Identification(PartyId party, Instant at, String by, Optional<String> caseTitle) {
    }
}
