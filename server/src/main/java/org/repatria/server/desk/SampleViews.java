package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;

/** What the samples pages show (issue 16): an agreement's counts and identified persons, a bag's samples. */
final class SampleViews {
    private SampleViews() {
    }

    /**
     * An agreement's samples page: the counts over it and per tranche, every person samples were identified as with the
     * bags they were found in, the received bags (with a link each), and whether the reader may record samples.
     */
    record Agreement(Page page, String agreement, Count total, List<Count> tranches, List<Person> persons, List<Bag> bags,
                     boolean records, Optional<NegotiationViews.Problem> problem, List<String> taken) {
    }

    /** One row of counts: a label ("all" or a tranche), persons, bags, samples. */
    record Count(String label, long persons, long bags, long samples) {
    }

    /** A person identified from samples, and the bags they were found in. */
    record Person(String name, List<Bag> bags) {
    }

    /** A bag: its tag, tranche and page. */
    record Bag(String tag, int tranche, String href) {
    }

    /** A bag's page: whom its label names, its samples, and the step form's choices when the reader records. */
    record BagPage(Page page, String agreement, String tag, int tranche, String label, List<Sample> samples,
                   boolean records, List<CrossingViews.Option> persons, String back, String custody,
                   Optional<NegotiationViews.Problem> problem) {
    }

    /** One sample: its id, whom it was identified as (empty until), its steps, and where its next step is posted. */
    record Sample(String id, String identified, List<Step> steps, String action) {
    }

    /** One step of a sample's chain, in the reader's language; {@code dnaCase} empty unless the reader may see it. */
    record Step(String kind, String party, String where, String note, String dnaCase, String at) {
    }
}
