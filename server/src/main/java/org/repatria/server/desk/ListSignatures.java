package org.repatria.server.desk;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.server.document.ListDocuments;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;

/**
 * A list's document on its desk page: "signed, on the log at entry N" with the trail and checked receipts, or "not
 * yet signed" with, for the author's desk, the form that signs it in the browser or with the server-held key.
 */
final class ListSignatures {
    /** How many signed lists' views are kept (one per reader, language, list and log size); past it all are dropped. */
    static final int MAX_KEPT_VIEWS = 10_000;
    private final ListDocuments documents;
    private final ReceiptChecks receipts;
    private final DisputeThreads threads;
    private final LongSupplier logSize;
    private final Map<Seen, Views.ListSigning> kept = new ConcurrentHashMap<>();

    // What a signed list's view depends on: who reads it in which words, and the log (its trail and disputes are
    // entries: they change only when the log grows) and the rows' verdict (an audit may change it).
    private record Seen(Account reader, Locale language, Map<PartyId, String> names, ListId list, long logSize,
                        long verdicts) {
    }

    ListSignatures(ListDocuments documents, ReceiptChecks receipts, DisputeThreads threads, LongSupplier logSize) {
        this.documents = documents;
        this.receipts = receipts;
        this.threads = threads;
        this.logSize = logSize;
    }

    /**
     * The list's document as its page shows it; the stored rows' hash is checked against the signed one once per run
     * and list ({@link ListDocuments#standingCheckedOnce}), and a signed list's view is made again only when the log
     * grew or a verdict changed since this reader last saw it (docs/decisions/0168), not on every view. An unsigned
     * list's view is made every time: whether the server holds a key for the author changes off the log.
     */
    Views.ListSigning view(Account me, ListHeader list, Text t, Map<PartyId, String> names) {
        Seen seen = new Seen(me, t.locale(), names, list.id(), logSize.getAsLong(), documents.verdictsChanged());
        Views.ListSigning view = kept.get(seen);
        if (view != null) {
            return view;
        }
        view = made(me, list, t, names);
        if (view.signed()) {
            if (kept.size() >= MAX_KEPT_VIEWS) {
                kept.clear();
            }
            kept.put(seen, view);
        }
        return view;
    }

    private Views.ListSigning made(Account me, ListHeader list, Text t, Map<PartyId, String> names) {
        String action = "/desk/lists/" + list.id() + "/document";
        return switch (documents.standingCheckedOnce(list)) {
            case ListDocuments.Signed s -> new Views.ListSigning(true, s.integrity() != ListDocuments.Integrity.ALTERED,
                    t.format("listdoc.signed", s.submitted().index()), s.envelopeId(), s.sha256(),
                    s.trail().stream().map(step -> SignedForms.step(step.kind().token(), step.signer(), step.index(),
                            step.custody(), step::receipt, t, names, receipts)).toList(), Optional.empty(), false, action,
                    threads.of(me, s.envelopeId(), t, names), threads.disputeHref(me, s.envelopeId()));
            case ListDocuments.Unsigned u -> {
                boolean author = me.role() == Role.PARTY_DESK && me.party().equals(list.author());
                yield new Views.ListSigning(false, true, t.get("listdoc.unsigned"), "", "", List.of(),
                        author ? toSign(me, list) : Optional.empty(), author && documents.holdsKeyFor(me.party()), action,
                        List.of(), Optional.empty());
            }
        };
    }

    // No statement while there is nobody to address the list to; the server-held button then says why.
    private Optional<String> toSign(Account me, ListHeader list) {
        try {
            return Optional.of(SignedForms.toSign(documents.statement(me, list, KeyCustody.OWN)));
        } catch (HttpProblem noAddressee) {
            return Optional.empty();
        }
    }

    /** Signs the list with the browser's signature or the server-held key; the log checks it like any submission. */
    void sign(AdmittedRequest call, ListHeader list) {
        if (SignedForms.serverHeld(call.ctx())) {
            documents.signWithServerHeldKey(call.account(), list);
        } else {
            documents.sign(call.account(), list, SignedForms.entry(call.ctx()));
        }
    }
}
