package org.repatria.server.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.AgreementMessages.StepReply;
import org.repatria.store.Store;
import org.repatria.store.exchange.AgreementStep;

/** The agreement as the API shows it: the negotiation, its documents and relays, and how many persons stand where. */
final class AgreementReplies {
    private AgreementReplies() {
    }

    /** The agreement as a reader sees it: the text shown is the accepted one, or the latest the reader may read. */
    static AgreementReply agreement(Store store, ExchangeDocuments documents, ReplayedAgreement r, Predicate<AgreementStep> readable) {
        var a = r.stored();
        List<StepReply> steps = r.steps().stream().map(s -> new StepReply(s.number(), s.kind().name(), s.party().value(),
                s.envelopeId(), documents.relayed(s.envelopeId()), s.at())).toList();
        Optional<AgreementStep> shown = a.acceptedStep().isPresent()
                ? Optional.of(r.steps().get(a.acceptedStep().getAsInt() - 1))
                : r.steps().reversed().stream().filter(s -> s.kind() != AgreementStep.Kind.ACCEPTANCE && readable.test(s)).findFirst();
        Map<String, Integer> progress = new TreeMap<>();
        store.exchanges().states(a.id()).values().forEach(s -> progress.merge(s, 1, Integer::sum));
        return new AgreementReply(a.id(), a.kind(), a.partyA().value(), a.partyB().value(), a.mediator().value(),
                r.negotiation().state().name(), shown.map(AgreementStep::text).orElse(""), a.acceptedStep().orElse(0), steps, progress);
    }
}
