package org.repatria.server.desk;

import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.server.document.DocumentReaders;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.store.Store;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/**
 * Outbox and inbox of the caller's party: each document's trail (submitted, relayed, received), and for each step
 * its receipt checked here against the log's key — the "verify" view.
 */
final class DocumentPages {
    private static final int RECENT = 200;
    private final Store store;
    private final TransparencyLog log;
    private final DocumentSteps steps;
    private final PageFactory pages;
    private final Templates templates;

    private final DocumentReaders delivery;
    private final DocumentSubjects subjects;
    private final ReceiptChecks receipts;

    DocumentPages(Store store, TransparencyLog log, DocumentSteps steps, PageFactory pages, Templates templates,
                  ReceiptChecks receipts) {
        this.receipts = receipts;
        this.store = store;
        this.log = log;
        this.steps = steps;
        this.pages = pages;
        this.templates = templates;
        this.delivery = new DocumentReaders(store);
        this.subjects = new DocumentSubjects(store);
    }

    void show(AdmittedRequest call) {
        Account me = call.account();
        Page page = pages.page(call.ctx(), call.identity(), "documents.title");
        Text t = page.t();
        Map<PartyId, String> names = pages.partyNames();
        boolean serverHeld = me.role() == Role.PARTY_DESK && steps.holdsKeyFor(me.party());
        List<Views.DocumentLine> outbox = new ArrayList<>();
        List<Views.DocumentLine> inbox = new ArrayList<>();
        List<Readable> readable = new ArrayList<>();
        for (StoredDocument d : store.documents().recentDocuments(RECENT)) {
            Envelope e = Envelope.parse(d.envelope().getBytes(StandardCharsets.US_ASCII));
            List<LogEntries.Entry> trail = store.documents().trail(d.envelopeId());
            boolean mine = e.author().equals(me.party()) || me.role() == Role.MEDIATOR;
            boolean toMe = !mine && delivery.delivered(me.party(), d.envelopeId(), e, trail);
            // Within the party, by role too: an identification unit sees remains matters only (issue 15).
            if ((mine || toMe) && delivery.mayRead(me, d.envelopeId(), e, trail)) {
                readable.add(new Readable(d, e, trail, toMe));
            }
        }
        // Only what the reader may read is described: a title says no more than the document it names.
        Map<String, Envelope> envelopes = new LinkedHashMap<>();
        readable.forEach(r -> envelopes.put(r.document().envelopeId(), r.envelope()));
        Map<String, DocumentSubjects.Subject> about = subjects.of(envelopes, t, names);
        for (Readable r : readable) {
            StoredDocument d = r.document();
            Envelope e = r.envelope();
            List<LogEntries.Entry> trail = r.trail();
            boolean toMe = r.toMe();
            DocumentSubjects.Subject subject = about.get(d.envelopeId());
            Views.DocumentLine line = new Views.DocumentLine(subject.type(),
                    names.getOrDefault(e.author(), e.author().value()),
                    String.join(", ", e.addressees().stream().map(p -> names.getOrDefault(p, p.value())).toList()),
                    t.when(e.time()), d.envelopeId(), trail.stream().map(s -> step(s, t, names)).toList(),
                    toMe && me.role() == Role.PARTY_DESK && !acknowledged(trail, me.party())
                            ? Optional.of(SignedForms.toSign(steps.acknowledgement(me, d.envelopeId(), KeyCustody.OWN)))
                            : Optional.empty(), serverHeld, DisputeThreads.href(d.envelopeId()) + "/disputes",
                    e.type() == DocumentType.DISPUTE ? e.answers().map(a -> DisputeThreads.href(a.hex()) + "/disputes")
                            : Optional.empty(), subject.title(), subject.link());
            (toMe ? inbox : outbox).add(line);
        }
        templates.render(call.ctx(), "documents.jte", new Views.Documents(page, outbox, inbox));
    }

    /** Takes the statement the browser signed and its signature line; the log checks it like any other entry. */
    void acknowledge(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        if (SignedForms.serverHeld(call.ctx())) {
            steps.acknowledgeWithServerHeldKey(call.account(), id);
        } else {
            steps.acknowledge(call.account(), id, SignedForms.entry(call.ctx()));
        }
        call.ctx().redirect("/desk/documents", HttpStatus.SEE_OTHER);
    }

    private record Readable(StoredDocument document, Envelope envelope, List<LogEntries.Entry> trail, boolean toMe) {
    }

    private static boolean acknowledged(List<LogEntries.Entry> trail, PartyId party) {
        return trail.stream().anyMatch(s -> s.kind().equals(EntryKind.ACKNOWLEDGED.token()) && s.signer().equals(party));
    }

    private Views.Step step(LogEntries.Entry entry, Text t, Map<PartyId, String> names) {
        return SignedForms.step(entry.kind(), entry.signer(), entry.index(),
                LogEntry.parse(entry.bytes()).statement().custody(), () -> log.receipt(entry.index()), t, names, receipts);
    }
}
