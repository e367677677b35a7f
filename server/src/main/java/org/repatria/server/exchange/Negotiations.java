package org.repatria.server.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementException;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.DeadlineException;
import org.repatria.core.agreement.Negotiation;
import org.repatria.core.agreement.NegotiationState;
import org.repatria.core.document.DocumentType;
import org.repatria.core.party.PartyId;
import org.repatria.server.document.DocumentMessages;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.store.Store;
import org.repatria.store.exchange.AgreementStep;
import org.repatria.store.exchange.StoredAgreement;

/**
 * Proposing, countering and accepting an agreement, each a document the acting side signs and the mediator relays:
 * a proposal or counter-proposal carries the agreement's canonical text; an acceptance is an answer whose bytes are
 * exactly the accepted text. A step answers a document only after the mediator relayed it.
 */
final class Negotiations {
    private final Store store;
    private final AgreementAccess agreements;
    private final ExchangeDocuments documents;
    private final Clock clock;

    Negotiations(Store store, AgreementAccess agreements, ExchangeDocuments documents, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.documents = documents;
        this.clock = clock;
    }

    ReplayedAgreement propose(Account caller, DocumentMessages.Submit body) {
        ExchangeDocuments.Signed signed = ExchangeDocuments.read(body);
        Agreement draft = agreement(signed.content());
        if (!draft.isParty(caller.party())) {
            throw HttpProblem.invalid("content", "you work for " + caller.party() + ", who is not a side of this agreement ("
                    + draft.first() + ", " + draft.second() + "); a side proposes only its own agreements");
        }
        if (store.exchanges().agreement(draft.id().value()).isPresent()) {
            throw HttpProblem.conflict("agreement_exists", "agreement " + draft.id() + " exists already; counter its latest text,"
                    + " or choose another id");
        }
        Refusals.translate(() -> Negotiation.open(caller.party(), draft));
        StoredAgreement stored = new StoredAgreement(draft.id().value(), draft.kind().name(), draft.first(), draft.second(),
                draft.mediator(), clock.instant(), OptionalInt.empty());
        documents.submit(caller, signed, new ExchangeDocuments.Expect(DocumentType.PROPOSAL, Set.of(draft.counterpart(caller.party())),
                Optional.empty(), Optional.empty()), store.exchanges().opening(stored, step(1, AgreementStep.Kind.PROPOSAL,
                caller, signed)));
        return agreements.require(caller, stored.id());
    }

    ReplayedAgreement counter(Account caller, String id, DocumentMessages.Submit body) {
        ReplayedAgreement replayed = open(caller, id);
        ExchangeDocuments.Signed signed = ExchangeDocuments.read(body);
        Agreement draft = agreement(signed.content());
        Negotiation n = replayed.negotiation();
        Refusals.translate(() -> n.counter(caller.party(), n.latest().number(), draft));
        PartyId to = replayed.stored().counterpart(caller.party());
        AgreementStep step = step(replayed.steps().size() + 1, AgreementStep.Kind.COUNTER, caller, signed);
        documents.submit(caller, signed, new ExchangeDocuments.Expect(DocumentType.PROPOSAL, Set.of(to),
                Optional.of(replayed.latestProposal().envelopeId()), Optional.empty()), store.exchanges().step(id, step));
        return agreements.require(caller, id);
    }

    ReplayedAgreement accept(Account caller, String id, DocumentMessages.Submit body) {
        ReplayedAgreement replayed = open(caller, id);
        ExchangeDocuments.Signed signed = ExchangeDocuments.read(body);
        Negotiation n = replayed.negotiation();
        Negotiation after = Refusals.translate(() -> n.accept(caller.party(), n.latest().number()));
        AgreementStep latest = replayed.latestProposal();
        AgreementStep acceptance = step(replayed.steps().size() + 1, AgreementStep.Kind.ACCEPTANCE, caller, signed);
        documents.submit(caller, signed, new ExchangeDocuments.Expect(DocumentType.ANSWER, Set.of(replayed.stored().counterpart(caller.party())),
                Optional.of(latest.envelopeId()), Optional.of(latest.text().getBytes(StandardCharsets.UTF_8))),
                after.state() == NegotiationState.ACCEPTED ? store.exchanges().acceptance(id, acceptance, latest.number())
                        : store.exchanges().step(id, acceptance));
        return agreements.require(caller, id);
    }

    /** The agreement under negotiation whose latest document the mediator relayed. */
    private ReplayedAgreement open(Account caller, String id) {
        ReplayedAgreement replayed = agreements.requireSide(caller, id);
        if (replayed.accepted().isPresent()) {
            throw HttpProblem.conflict("agreement_accepted", "agreement " + id + " is accepted; its text no longer changes");
        }
        AgreementStep latest = replayed.latestProposal();
        if (!documents.relayed(latest.envelopeId())) {
            throw HttpProblem.conflict("not_relayed", "the mediator has not relayed step " + latest.number() + " (envelope "
                    + latest.envelopeId() + ") yet; answer it once it was relayed to you");
        }
        return replayed;
    }

    private AgreementStep step(int number, AgreementStep.Kind kind, Account caller, ExchangeDocuments.Signed signed) {
        return new AgreementStep(number, kind, caller.party(), signed.envelope().id().hex(),
                new String(signed.content(), StandardCharsets.UTF_8), caller.username(), clock.instant());
    }

    private static Agreement agreement(byte[] content) {
        try {
            return AgreementText.parse(content);
        } catch (DeadlineException e) {
            throw HttpProblem.invalid("content." + e.field(), "not a canonical agreement text: " + e.getMessage());
        } catch (AgreementException e) {
            throw HttpProblem.invalid("content", "not a canonical agreement text: " + e.getMessage());
        }
    }

}
