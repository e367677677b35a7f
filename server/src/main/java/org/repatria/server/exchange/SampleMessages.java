package org.repatria.server.exchange;

import java.time.Instant;
import java.util.List;
import org.repatria.core.handover.RemainsCount;

/** The JSON of samples taken from body bags, their chains, and remains counted as persons, bags and samples (issue 16). */
public final class SampleMessages {
    private SampleMessages() {
    }

    /** {@code POST .../samples}: samples taken from received bags, stored all or none. */
    public record TakeRequest(List<TakeRow> samples) {
    }

    /** One sample taken: its id, the bag's tag, where it was taken, a note. */
    public record TakeRow(String sampleId, String bodyTag, String where, String note) {
    }

    /**
     * {@code POST .../samples/{sample}/steps}: {@code kind} sent, typed (naming the DNA case of the caller's party that
     * holds the profile, {@code caseId}) or identified (naming whom, by list and row).
     */
    public record StepRequest(String kind, String where, String note, String caseId, String identifiedList,
                              String identifiedRow) {
    }

    /**
     * A sample and its chain; {@code caseId} (on typing steps) only for the holding party's identification unit, empty
     * for everyone else; {@code identified*} empty until identified.
     */
    public record SampleReply(String sampleId, String bodyTag, int tranche, List<SampleStepReply> steps,
                              String identifiedList, String identifiedRow) {
    }

    /** One step of a sample's chain. */
    public record SampleStepReply(String kind, String party, String where, String note, String caseId, Instant at) {
    }

    /** A body bag's samples and what each was identified as; whom its label names. */
    public record BagReply(String bodyTag, int tranche, String labelList, String labelRow, List<SampleReply> samples) {
    }

    /** A person identified from samples: every bag they were found in, with the samples that say so. */
    public record PersonBags(String list, String row, List<FoundIn> bags) {
    }

    /** One bag a person was found in: its tag, tranche, and the samples identified as the person. */
    public record FoundIn(String bodyTag, int tranche, List<String> sampleIds) {
    }

    /** Remains counted three ways (see {@link RemainsCount}): over the agreement, and tranche by tranche. */
    public record CountReply(RemainsCount total, List<TrancheCount> tranches) {
    }

    /** One tranche's bags, the persons they hold as far as known, and the samples taken from them. */
    public record TrancheCount(int tranche, RemainsCount count) {
    }
}
