package org.repatria.server.exchange;

import java.util.List;
import org.repatria.core.handover.Sample;
import org.repatria.core.handover.SampleCustody;
import org.repatria.core.handover.SampleStep;
import org.repatria.core.party.PartyId;
import org.repatria.server.exchange.SampleMessages.SampleReply;
import org.repatria.server.exchange.SampleMessages.SampleStepReply;
import org.repatria.store.exchange.SampleRecord;
import org.repatria.store.exchange.StoredSample;

/** Stored samples replayed through core's {@link SampleCustody}, and their replies. */
final class SampleChains {
    private SampleChains() {
    }

    /** The stored chain replayed, so core's order rules hold for stored and new steps alike. */
    static SampleCustody chain(StoredSample s) {
        SampleCustody chain = SampleCustody.open(new Sample(s.id(), s.bodyTag()));
        for (SampleRecord r : s.steps()) {
            SampleStep step = step(s.party(), r);
            SampleCustody before = chain;
            chain = r.identifiedAs().map(who -> before.identify(who, step)).orElseGet(() -> before.then(step));
        }
        return chain;
    }

    static SampleStep step(PartyId party, SampleRecord r) {
        return new SampleStep(SampleStep.Kind.valueOf(r.kind()), r.at(), party, r.where(), r.note(), r.caseId().orElse(""));
    }

    /** The reply; {@code showCases}: whether the reader may see which DNA case holds the profile. */
    static SampleReply reply(SampleCustody c, int tranche, boolean showCases) {
        List<SampleStepReply> steps = c.steps().stream().map(s -> new SampleStepReply(s.kind().name(), s.by().value(),
                s.where(), s.note(), showCases ? s.caseId() : "", s.at())).toList();
        return new SampleReply(c.sample().id(), c.sample().bodyTag(), tranche, steps,
                c.identifiedAs().map(p -> p.list().toString()).orElse(""), c.identifiedAs().map(p -> p.rowId()).orElse(""));
    }
}
