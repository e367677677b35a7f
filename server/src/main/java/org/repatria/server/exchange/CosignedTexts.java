package org.repatria.server.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.TrancheMessages.SignatureReply;
import org.repatria.store.Store;
import org.repatria.store.exchange.Signature;
import org.repatria.store.exchange.StoredAct;
import org.repatria.store.exchange.StoredMove;
import org.repatria.store.log.EntryRows;

/**
 * Texts both sides sign (a plan, a handover act), each as a document of its own with exactly the text's bytes, addressed
 * to the other: the first answers {@code anchor} (the document the text follows from), the second answers the first once
 * the mediator relayed it. With the mediator's relays that puts three signatures on the log (docs/decisions/0111).
 */
final class CosignedTexts {
    private final Store store;
    private final ExchangeDocuments documents;
    private final Clock clock;

    CosignedTexts(Store store, ExchangeDocuments documents, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * One side's signature as asked: the subject within the agreement ("plan 2", "act 1"), the text's bytes, its document
     * type and anchor envelope, whose key signs, the lifecycle moves the signature sets off, and, for an act, the tranche
     * whose act the second signature stores.
     */
    record Cosignature(String subject, byte[] text, DocumentType type, String anchor, SigningKey key,
                       List<StoredMove> moves, OptionalInt actOfTranche) {
    }

    /**
     * Signs for the caller, top to bottom: the server-held key must exist; the order must allow it (not twice, the first
     * signature relayed); the document is read or signed; it is checked and submitted with the signature row in its place
     * and the rows riding with it, in the log's own commit. The signature.
     */
    Signature sign(Account caller, ReplayedAgreement agreement, Cosignature asked) {
        if (asked.key() instanceof SigningKey.ServerHeld) {
            documents.requireServerHeldKey(caller);
        }
        List<Signature> done = store.exchanges().signatures(agreement.id(), asked.subject());
        String answers = answers(caller, asked, done);
        PartyId to = agreement.stored().counterpart(caller.party());
        ExchangeDocuments.Signed document = switch (asked.key()) {
            case SigningKey.Own own -> ExchangeDocuments.read(own.body());
            case SigningKey.ServerHeld held -> documents.serverHeld(caller, Envelope.of(asked.type(), caller.party(),
                    List.of(to), asked.text(), clock.instant(), Optional.of(Digest.parseHex(answers))), asked.text());
        };
        Signature signature = new Signature(asked.subject(), caller.party(), document.envelope().id().hex(),
                caller.username(), clock.instant());
        documents.submit(caller, document, new ExchangeDocuments.Expect(asked.type(), Set.of(to), Optional.of(answers),
                Optional.of(asked.text())), rows(agreement.id(), asked, signature, done.size() + 1));
        return signature;
    }

    /** The envelope the caller's signature answers (see {@link #answers(String, String, String)}); 409 when it may not sign. */
    private String answers(Account caller, Cosignature asked, List<Signature> done) {
        if (done.stream().anyMatch(s -> s.party().equals(caller.party()))) {
            throw HttpProblem.conflict("signed_already", caller.party() + " has signed " + asked.subject() + " already");
        }
        return answers(done, asked.anchor()).orElseThrow(() -> HttpProblem.conflict("not_relayed", "the mediator has not relayed "
                + done.getFirst().party() + "'s signed " + asked.subject() + " yet; sign once it was relayed to you"));
    }

    /**
     * The envelope the next signature on {@code subject} answers: {@code anchor} while nobody signed, else the first
     * signature; empty while that waits for the mediator's relay.
     */
    Optional<String> answers(String agreementId, String subject, String anchor) {
        return answers(store.exchanges().signatures(agreementId, subject), anchor);
    }

    private Optional<String> answers(List<Signature> done, String anchor) {
        Optional<Signature> first = done.stream().findFirst();
        if (first.isPresent() && !documents.relayed(first.get().envelopeId())) {
            return Optional.empty();
        }
        return Optional.of(first.map(Signature::envelopeId).orElse(anchor));
    }

    /**
     * The rows stored with the signature: the signature in its place (1 or 2, as the signer saw it: the database refuses
     * a place taken, docs/decisions/0119), its moves, and the act when this second signature completes one.
     */
    private EntryRows rows(String agreementId, Cosignature asked, Signature signature, int place) {
        if (place == 2 && asked.actOfTranche().isPresent()) {
            StoredAct act = new StoredAct(asked.actOfTranche().getAsInt(), signature.envelopeId(),
                    new String(asked.text(), StandardCharsets.UTF_8), signature.by(), signature.at());
            return store.exchanges().signatureWithAct(agreementId, signature, place, act, asked.moves());
        }
        return store.exchanges().signature(agreementId, signature, place, asked.moves());
    }

    /** Whether both sides signed the subject and the mediator relayed both documents. */
    boolean complete(String agreementId, String subject) {
        List<Signature> done = store.exchanges().signatures(agreementId, subject);
        return done.size() == 2 && done.stream().allMatch(s -> documents.relayed(s.envelopeId()));
    }

    /** The signatures on the subject, in signing order. */
    List<SignatureReply> signatures(String agreementId, String subject) {
        return store.exchanges().signatures(agreementId, subject).stream()
                .map(s -> new SignatureReply(s.party().value(), s.envelopeId(), documents.relayed(s.envelopeId()))).toList();
    }
}
