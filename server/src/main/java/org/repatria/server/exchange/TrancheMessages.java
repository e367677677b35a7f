package org.repatria.server.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON of tranche plans, manifests, handover checks and acts. */
public final class TrancheMessages {
    private TrancheMessages() {
    }

    /**
     * {@code POST .../plans}: either slots for the planner to fill, or tranches edited by hand (checked against the
     * agreement and capacity), or {@code replan} to make good the drop-outs of the accepted plan from the reserves.
     */
    public record PlanRequest(List<SlotRequest> slots, List<TrancheRequest> tranches, boolean replan) {
    }

    /** A date (YYYY-MM-DD) and crossing point with what each direction can carry there. */
    public record SlotRequest(String date, String crossing, int seats, int stretchers, int wagons, int bodiesPerWagon) {
    }

    /** An edited tranche: its slot and who goes, each with the basis they count on (regular, exempt, make_good). */
    public record TrancheRequest(int number, SlotRequest slot, List<MemberRequest> members) {
    }

    /** A nominee placed in a tranche. */
    public record MemberRequest(String list, String row, String basis) {
    }

    /**
     * A plan version: accepted or not, the envelope its first signature answers ({@code anchor}), the signatures so far,
     * and each tranche's counts.
     */
    public record PlanReply(int number, boolean accepted, String envelopeId, String anchor, List<SignatureReply> signatures,
                            List<TrancheReply> tranches, int unplaced) {
    }

    /** A side's signature on a plan or act: its document, and whether the mediator relayed it. */
    public record SignatureReply(String party, String envelopeId, boolean relayed) {
    }

    /** A tranche: slot, how many each side hands over on each basis, and why it has its size. */
    public record TrancheReply(int number, String date, String crossing, Map<String, Integer> regular,
                               Map<String, Integer> exempt, Map<String, Integer> makeGood, List<String> explanation) {
    }

    /** A tranche's manifest in the accepted plan, both directions, with each person's state now (for the checklist). */
    public record ManifestReply(int tranche, String date, String crossing, List<ManifestLine> lines) {
    }

    /** One person or body on a manifest. */
    public record ManifestLine(String from, String to, String list, String row, String name, String serviceNumber,
                               String bodyTag, String health, String basis, String state) {
    }

    /** {@code POST .../handover}: what side {@code from} presented at the crossing, line by line. */
    public record HandoverRequest(String from, List<PresentedRequest> presented) {
    }

    /** One person or body bag as presented: identifiers read, container and wagon, interview (none, consents, refuses). */
    public record PresentedRequest(String serviceNumber, String bodyTag, String name, String container, String wagon,
                                   String interview, String forces) {
    }

    /** What the check recorded: how many crossed, and every discrepancy in words. */
    public record HandoverReply(int tranche, String from, int crossed, List<DiscrepancyReply> discrepancies) {
    }

    /** A discrepancy: its kind, the person when it concerns one, and what happened. */
    public record DiscrepancyReply(int tranche, String kind, String list, String row, String detail) {
    }

    /**
     * A tranche's act: its canonical text (to sign exactly), the envelope its first signature answers ({@code anchor}),
     * the signatures so far, and whether it is complete (both signed, both relayed).
     */
    public record ActReply(int tranche, String text, String anchor, List<SignatureReply> signatures, boolean complete,
                           String envelopeId) {
    }

    /**
     * {@code POST .../custody}: a step in the chain of custody of a received body bag — stored, sampled, identified (with
     * whom, by list and row) or returned — where, and a note.
     */
    public record CustodyRequest(String bodyTag, String kind, String where, String note, String identifiedList,
                                 String identifiedRow) {
    }

    /** A body bag's chain of custody from the crossing: whom its label names, every step, whom it was identified as. */
    public record CustodyReply(String bodyTag, int tranche, String labelList, String labelRow, List<CustodyStepReply> steps,
                               String identifiedList, String identifiedRow, boolean mislabelled) {
    }

    /** One step of a chain of custody. */
    public record CustodyStepReply(String kind, String party, String where, String note, Instant at) {
    }

    /**
     * A tranche's crossing as recorded, direction by direction; {@code brokeParity}: a direction whose side recorded its
     * handover handed over fewer than its manifest names (the drop-outs are made good from reserves by a replan).
     */
    public record CrossingReply(int tranche, List<DirectionReply> directions, boolean brokeParity) {
    }

    /**
     * One direction of a tranche: whether the handing side recorded what it presented, how many its manifest names and
     * how many were handed over, each manifest line with its outcome, and what was presented off the manifest.
     */
    public record DirectionReply(String from, String to, boolean recorded, int planned, int handedOver,
                                 List<OutcomeReply> lines, List<OutcomeReply> extras) {
    }

    /**
     * A manifest line (or a line presented off the manifest) and what the record says of it: {@code HANDED_OVER},
     * {@code REFUSED}, {@code ABSENT}, {@code NOT_RECORDED} (its side has recorded nothing yet) or the kind of another
     * discrepancy, with the record's words.
     */
    public record OutcomeReply(ManifestLine line, String outcome, String words) {
    }
}
