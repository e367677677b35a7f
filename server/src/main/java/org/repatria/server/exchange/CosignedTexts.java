package org.repatria.server.exchange;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.repatria.core.account.Account;
import org.repatria.core.document.Digest;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.TrancheMessages.SignatureReply;
import org.repatria.server.log.LogMessages;
import org.repatria.store.Rider;
import org.repatria.store.Store;
import org.repatria.store.exchange.Signature;

/**
 * A text both sides sign, each as a document of its own with exactly the text's bytes, addressed to the other: the
 * first answers {@code anchor} (the document the text follows from), the second answers the first once the mediator
 * relayed it. With the mediator's relays that puts three signatures on the log (docs/decisions/0111).
 */
final class CosignedTexts {
    private final Store store;
    private final ExchangeDocuments signing;
    private final Clock clock;

    CosignedTexts(Store store, ExchangeDocuments signing, Clock clock) {
        this.store = store;
        this.signing = signing;
        this.clock = clock;
    }

    /** What is signed: the subject within the agreement ("plan 2", "act 1"), its bytes, type and anchor envelope. */
    record Text(String subject, byte[] bytes, DocumentType type, String anchor) {
    }

    /**
     * The rows a signature stores with its document: the signature in its place (1 or 2, as the signer saw it: the
     * database refuses a place taken, docs/decisions/0119) and whatever the signature sets off.
     */
    @FunctionalInterface
    interface Rows {
        Rider of(Signature signature, int place);
    }

    /** Checks and submits the caller's signature with its {@code rows}, in one commit; the signature. */
    Signature sign(Account caller, ReplayedAgreement replayed, Text text, LogMessages.Submit body, Rows rows) {
        return sign(caller, replayed, text, answers -> ExchangeDocuments.read(body), rows);
    }

    /** Signs for the caller with the key the server holds for its party (409 when it holds none), then as above. */
    Signature signWithServerHeldKey(Account caller, ReplayedAgreement replayed, Text text, Rows rows) {
        signing.requireServerHeldKey(caller);
        PartyId to = replayed.stored().counterpart(caller.party());
        return sign(caller, replayed, text, answers -> signing.serverHeld(caller, Envelope.of(text.type(), caller.party(),
                List.of(to), text.bytes(), clock.instant(), Optional.of(Digest.parseHex(answers))), text.bytes()), rows);
    }

    private Signature sign(Account caller, ReplayedAgreement replayed, Text text, Function<String, ExchangeDocuments.Signed> make, Rows rows) {
        List<Signature> done = store.exchanges().signatures(replayed.id(), text.subject());
        if (done.stream().anyMatch(s -> s.party().equals(caller.party()))) {
            throw new HttpProblem(409, "conflict", caller.party() + " has signed " + text.subject() + " already",
                    Optional.empty());
        }
        Optional<Signature> first = done.stream().findFirst();
        if (first.isPresent() && !signing.relayed(first.get().envelopeId())) {
            throw new HttpProblem(409, "conflict", "the mediator has not relayed " + first.get().party() + "'s signed "
                    + text.subject() + " yet; sign once it was relayed to you", Optional.empty());
        }
        String answers = first.map(Signature::envelopeId).orElse(text.anchor());
        ExchangeDocuments.Signed signed = make.apply(answers);
        Signature signature = new Signature(text.subject(), caller.party(), signed.envelope().id().hex(), caller.username(),
                clock.instant());
        signing.submit(caller, signed, new ExchangeDocuments.Expect(text.type(), Set.of(replayed.stored().counterpart(caller.party())),
                Optional.of(answers), Optional.of(text.bytes())), rows.of(signature, done.size() + 1));
        return signature;
    }

    /** Whether both sides signed the subject and the mediator relayed both documents. */
    boolean complete(String agreementId, String subject) {
        List<Signature> done = store.exchanges().signatures(agreementId, subject);
        return done.size() == 2 && done.stream().allMatch(s -> signing.relayed(s.envelopeId()));
    }

    /** The signatures on the subject, in signing order. */
    List<SignatureReply> signatures(String agreementId, String subject) {
        return store.exchanges().signatures(agreementId, subject).stream()
                .map(s -> new SignatureReply(s.party().value(), s.envelopeId(), signing.relayed(s.envelopeId()))).toList();
    }
}
