package org.repatria.server.desk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.party.PartyId;
import org.repatria.server.dispute.DisputeThread;
import org.repatria.server.dispute.Disputes;

/**
 * The disputes about a document as every desk page shows them (the thread page, a list's page, an act's page): each
 * step with its receipt checked here, texts only where the reader may read them, and the caller's answer form.
 */
final class DisputeThreads {
    private final Disputes disputes;
    private final ReceiptChecks receipts;

    DisputeThreads(Disputes disputes, ReceiptChecks receipts) {
        this.disputes = disputes;
        this.receipts = receipts;
    }

    /** The disputes about document {@code id} and their answers, as {@code me} may see them. */
    List<DisputeViews.Raised> of(Account me, String id, Text t, Map<PartyId, String> names) {
        return disputes.thread(me, id).disputes().stream().map(r -> new DisputeViews.Raised(said(r.dispute(), "dispute", t,
                names), r.answers().stream().map(a -> said(a, "answer", t, names)).toList(),
                disputes.mayAnswer(me, r.dispute().envelopeId())
                        ? Optional.of(href(r.dispute().envelopeId()) + "/answers/draft") : Optional.empty())).toList();
    }

    /** The thread page of document {@code id} when {@code me} may dispute it (the "dispute this document" link). */
    Optional<String> disputeHref(Account me, String id) {
        return disputes.mayDispute(me, id) ? Optional.of(href(id) + "/disputes") : Optional.empty();
    }

    /** The desk path of document {@code id}. */
    static String href(String id) {
        return "/desk/documents/" + id;
    }

    Disputes disputes() {
        return disputes;
    }

    private DisputeViews.Said said(DisputeThread.Said s, String type, Text t, Map<PartyId, String> names) {
        String heading = t.format("disputes.said", t.get("doctype." + type), name(s.author(), names), name(s.to(), names),
                t.when(s.time()));
        return new DisputeViews.Said(heading, s.envelopeId(), s.subject(), s.text(), s.trail().stream().map(step ->
                SignedForms.step(step.kind().token(), step.signer(), step.index(), step.custody(), step::receipt, t, names,
                        receipts)).toList());
    }

    private static String name(PartyId party, Map<PartyId, String> names) {
        return names.getOrDefault(party, party.value());
    }
}
