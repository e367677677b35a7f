package org.repatria.server.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.Negotiation;
import org.repatria.store.exchange.AgreementStep;
import org.repatria.store.exchange.StoredAgreement;

/** An agreement as stored, with its negotiation replayed through core's rules. */
record ReplayedAgreement(StoredAgreement stored, List<AgreementStep> steps, Negotiation negotiation) {

    /** Replays the stored steps: every one was checked when it was taken, so they replay without refusal. */
    static ReplayedAgreement of(StoredAgreement stored, List<AgreementStep> steps) {
        Negotiation n = null;
        for (AgreementStep s : steps) {
            n = switch (s.kind()) {
                case PROPOSAL -> Negotiation.open(s.party(), parse(s.text()));
                case COUNTER -> n.counter(s.party(), n.latest().number(), parse(s.text()));
                case ACCEPTANCE -> n.accept(s.party(), n.latest().number());
            };
        }
        return new ReplayedAgreement(stored, steps, n);
    }

    String id() {
        return stored.id();
    }

    /** The accepted agreement: the text the system enforces. */
    Optional<Agreement> accepted() {
        return negotiation.accepted();
    }

    /** The latest proposal or counter-proposal step: the one an answer must name. */
    AgreementStep latestProposal() {
        return steps.reversed().stream().filter(s -> s.kind() != AgreementStep.Kind.ACCEPTANCE).findFirst().orElseThrow();
    }

    static Agreement parse(String text) {
        return AgreementText.parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
