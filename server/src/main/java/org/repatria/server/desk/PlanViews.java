package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;
import org.repatria.server.exchange.TrancheMessages.SignatureReply;

/** The typed model of the plans page ({@code plans.jte}). */
final class PlanViews {
    private PlanViews() {
    }

    /**
     * Every plan version of an agreement; {@code canPropose}: the caller may ask the planner for a plan from {@code
     * slots} (the form's text, kept after a refusal); {@code problem}: why the last step was refused; {@code waiting}:
     * on whom the exchange waits, for what.
     */
    record Plans(Page page, String agreement, String back, List<Version> versions, boolean canPropose, String action,
                 String slots, Optional<NegotiationViews.Problem> problem, List<WaitingOn.Line> waiting) {
    }

    /**
     * A plan version: its tranches, signatures, persons left unplaced, the caller's side's signing form when it may
     * sign ({@code sign}), and the mediator's confirmation when both signatures were relayed ({@code confirm}).
     */
    record Version(int number, boolean accepted, List<TrancheView> tranches, List<SignatureReply> signatures, int unplaced,
                   Optional<AgreementViews.OwnKey> sign, boolean serverHeld, Optional<String> confirm) {
    }

    /** A tranche of a plan version: its slot, its parity chart, why it has its size, and who crosses in it. */
    record TrancheView(int number, String date, String crossing, BarChart parity, List<String> explanation,
                       List<Crosser> crossers) {
    }

    /** A person crossing in a tranche: which way (in words), name, service number or body tag, basis and state. */
    record Crosser(String direction, String name, String number, String basis, String state) {
    }

    /**
     * A plan version being edited: its tranches' slots (the last one {@code added}, used only if somebody is moved
     * into it) and each member with the tranche chosen for it.
     */
    record Edit(Page page, String agreement, int number, List<Slot> slots, List<Member> members, String action,
                String back, Optional<NegotiationViews.Problem> problem) {
    }

    /** A tranche's slot as the edit form shows it. */
    record Slot(int number, String date, String crossing, int seats, int stretchers, int wagons, int bodiesPerWagon,
                boolean added) {
    }

    /**
     * A person in the plan being edited, and the tranche chosen for it: {@code list} and {@code row} identify them (for
     * programs), {@code source} says in words whose list and which row.
     */
    record Member(int index, String list, String row, String name, String source, String basis, int tranche) {
    }
}
