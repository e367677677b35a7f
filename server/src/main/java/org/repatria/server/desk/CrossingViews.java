package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;

/** The typed models of the crossing as it happens: the tranche's record, parity flags, moves, custody, observers. */
final class CrossingViews {
    private CrossingViews() {
    }

    /**
     * What the agreement page shows of the exchange's course: on whom it waits and for what, the tranches that broke
     * parity with the replan each calls for, and (for the mediator) the observers shown the agreement.
     */
    record Course(List<WaitingOn.Line> waiting, List<Flag> flags, Optional<Grants> grants) {
    }

    /**
     * A tranche that broke parity: who fell short ({@code shortfall}, in words), its checklist, the replan form's action
     * when drop-outs wait to be made good ({@code replan}), or the plan already proposed for it ({@code proposed}).
     */
    record Flag(int tranche, String shortfall, String href, Optional<String> replan, Optional<String> proposed) {
    }

    /** The mediator's form showing the agreement to an observer; {@code shown}: the observers shown it so far. */
    record Grants(String action, List<String> shown, List<Option> observers, Optional<NegotiationViews.Problem> problem) {
    }

    /** A choice in a select: its value and its words. */
    record Option(String value, String label) {
    }

    /**
     * The tranche page's crossing: whether the caller's side may still record its handover ({@code recordingOffered}),
     * each direction as recorded, the parity flag, what the tranche waits on, where lifecycle moves go, the moves made,
     * and why the last move was refused.
     */
    record Section(boolean recordingOffered, List<Direction> directions, Optional<Flag> flag, List<WaitingOn.Line> waiting,
                   String movesAction, List<Moved> history, Optional<NegotiationViews.Problem> problem) {
    }

    /** One direction of the tranche: its heading in words, each manifest line, and what was presented off it. */
    record Direction(String heading, boolean recorded, List<Line> lines, List<Line> extras) {
    }

    /**
     * A person as recorded at the crossing: outcome (its code, for programs, and its words), the state now, the moves
     * the caller may record for them, the chain of custody when the caller's side received their remains, and a
     * child's return page (guardian check, reunification) when the caller's side received the child or mediates, and
     * who accompanied the child across (empty until the guardian check records it).
     */
    record Line(String list, String row, String name, String number, String outcomeCode, String outcome, String words,
                String state, List<Option> moves, Optional<String> custody, Optional<String> reunion, String escort) {
    }

    /** A lifecycle move made: whom, from, to, by whom, when, why. */
    record Moved(String name, String from, String to, String by, String at, String reason) {
    }

    /**
     * A body bag's chain of custody: whom its label names, each step, whom it was identified as, whether the label was
     * wrong, and ({@code keeps}: the caller's side received the body) the form adding a step with the persons it may
     * be identified as.
     */
    record Custody(Page page, String agreement, String tag, int tranche, String label, List<Step> steps, String identified,
                   boolean mislabelled, boolean keeps, String action, List<Option> kinds, List<Option> persons, String back,
                   Optional<NegotiationViews.Problem> problem) {
    }

    /** One step of a chain of custody. */
    record Step(String kind, String party, String where, String note, String at) {
    }
}
