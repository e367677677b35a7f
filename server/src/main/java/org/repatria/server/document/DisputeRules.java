package org.repatria.server.document;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.dispute.AnswerText;
import org.repatria.core.dispute.DisputeText;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.party.PartyId;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.store.Store;

/**
 * Who may dispute what, and who answers a dispute (docs/decisions/0120): a dispute comes from an addressee of a
 * document the mediator relayed to it and goes to the document's author; its answer comes from that author and goes
 * back to the disputing party. Checked on every submission, so the desk and {@code POST /api/v1/documents} agree.
 */
public final class DisputeRules {
    private final Store store;
    private final DocumentReaders readers;

    /** The rules as applied to the documents kept in {@code store}. */
    public DisputeRules(Store store) {
        this.store = store;
        this.readers = new DocumentReaders(store);
    }

    /** Refuses a dispute, or an answer to a dispute, that breaks the rules; any other document passes. */
    void check(Account caller, Envelope envelope, byte[] content) {
        if (envelope.type() == DocumentType.DISPUTE) {
            Envelope disputed = disputable(caller, envelope.answers().orElseThrow().hex());
            Refusals.translate(() -> DisputeText.parse(content));
            addressedTo(envelope, disputed.author());
        } else if (envelope.type() == DocumentType.ANSWER && envelope.answers().flatMap(a -> stored(a.hex()))
                .filter(e -> e.type() == DocumentType.DISPUTE).isPresent()) {
            Envelope dispute = answerable(caller, envelope.answers().orElseThrow().hex());
            Refusals.translate(() -> AnswerText.parse(content));
            addressedTo(envelope, dispute.author());
        }
    }

    /** Document {@code id}'s envelope if the caller may dispute it; 404 when it may not read it, 403 or 409 saying why not. */
    public Envelope disputable(Account caller, String id) {
        Envelope e = readable(caller, id);
        if (e.type() == DocumentType.DISPUTE) {
            throw HttpProblem.conflict("dispute_of_dispute", "document " + id + " is itself a dispute; answer it, or raise your dispute about "
                    + "the document it disputes");
        }
        if (e.author().equals(caller.party())) {
            throw HttpProblem.conflict("own_document", "your side wrote document " + id + "; to correct it, submit a new document (a "
                    + "dispute is raised by the side it was sent to)");
        }
        if (!e.addressees().contains(caller.party())) {
            throw HttpProblem.forbidden("only a party document " + id + " was sent to (" + e.addressees() + ") disputes it");
        }
        return e;
    }

    /** Dispute {@code id}'s envelope if the caller may answer it; 404 when it may not read it, 403 or 409 saying why not. */
    public Envelope answerable(Account caller, String id) {
        Envelope e = readable(caller, id);
        if (e.type() != DocumentType.DISPUTE) {
            throw HttpProblem.conflict("not_a_dispute", "document " + id + " is a " + e.type().token() + ", not a dispute; only a "
                    + "dispute is answered here");
        }
        if (e.author().equals(caller.party())) {
            throw HttpProblem.conflict("own_dispute", "your side raised dispute " + id + "; " + e.addressees() + " answers it");
        }
        if (!e.addressees().contains(caller.party())) {
            throw HttpProblem.forbidden("only " + e.addressees() + " answers dispute " + id);
        }
        return e;
    }

    /** The envelope of document {@code id} as {@code caller} may read it; 404 otherwise, as reading it would say. */
    public Envelope readable(Account caller, String id) {
        HttpProblem none = HttpProblem.notFound("no document with envelope id " + id + " that you may read");
        Envelope e = stored(id).orElseThrow(() -> none);
        if (!readers.mayRead(caller, id, e, store.documents().trail(id))) {
            throw none;
        }
        return e;
    }

    /** The stored envelope of document {@code id}, if there is one. */
    public Optional<Envelope> stored(String id) {
        return store.documents().document(id).map(d -> Envelope.parse(d.envelope().getBytes(StandardCharsets.US_ASCII)));
    }

    private static void addressedTo(Envelope envelope, PartyId party) {
        if (!envelope.addressees().equals(Set.of(party))) {
            throw HttpProblem.invalid("entry", "a " + envelope.type().token() + " here is addressed to " + party
                    + " alone, not " + envelope.addressees());
        }
    }
}
