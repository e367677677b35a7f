package org.repatria.server.desk;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.dispute.DisputeText;
import org.repatria.core.dispute.DisputeTextException;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.core.list.ListHeader;
import org.repatria.core.party.PartyId;
import org.repatria.core.request.AnswerException;
import org.repatria.lists.answers.AnswersCsv;
import org.repatria.lists.answers.AnswersFormatException;
import org.repatria.store.Store;
import org.repatria.store.exchange.ExchangeDocument;
import org.repatria.store.exchange.StoredAgreement;
import org.repatria.store.log.StoredDocument;

/**
 * What each document is, in words a clerk reads: its type as the exchange uses it (a plan signature is not a
 * proposal), a title (the list's, or the agreement's kind and sides, with the plan or tranche), and a link to what it
 * concerns (the list, the agreement, its plans, the tranche, the disputed document's thread). The caller shows only
 * documents its reader may read; the titles say no more than those documents do.
 */
final class DocumentSubjects {
    private final Store store;

    DocumentSubjects(Store store) {
        this.store = store;
    }

    /** A document's type, title and the page of what it concerns (none for a memorandum, which concerns itself). */
    record Subject(String type, String title, Optional<String> link) {
    }

    /** The subject of each document of {@code envelopes} (by envelope id), in {@code t}'s words, parties by {@code names}. */
    Map<String, Subject> of(Map<String, Envelope> envelopes, Text t, Map<PartyId, String> names) {
        Map<String, ExchangeDocument> exchange = store.exchanges().documents(envelopes.keySet());
        Map<String, Optional<StoredAgreement>> agreements = new HashMap<>();
        Map<String, Subject> subjects = new HashMap<>();
        envelopes.forEach((id, envelope) -> {
            ExchangeDocument x = exchange.get(id);
            subjects.put(id, x != null
                    ? ofExchange(x, agreements.computeIfAbsent(x.agreementId(), a -> store.exchanges().agreement(a)), t, names)
                    : ofDocument(id, envelope, t));
        });
        return subjects;
    }

    private static Subject ofExchange(ExchangeDocument x, Optional<StoredAgreement> agreement, Text t, Map<PartyId, String> names) {
        String title = agreement.map(a -> agreementTitle(a, t, names)).orElse(x.agreementId());
        String home = "/desk/agreements/" + Page.enc(x.agreementId());
        return switch (x.role()) {
            case PROPOSAL -> new Subject(t.get("subject.type.proposal"), title, Optional.of(home));
            case COUNTER -> new Subject(t.get("subject.type.counter"), title, Optional.of(home));
            case ACCEPTANCE -> new Subject(t.get("subject.type.acceptance"), title, Optional.of(home));
            case PLAN_SIGNATURE -> new Subject(t.get("subject.type.planSignature"),
                    t.format("subject.plan", x.number(), title), Optional.of(home + "/plans"));
            case ACT_SIGNATURE -> new Subject(t.get("subject.type.actSignature"),
                    t.format("subject.act", x.number(), title), Optional.of(home + "/tranches/" + x.number()));
        };
    }

    /** "Prisoners: Україна ↔ Россия": the agreement's kind and its two sides. */
    static String agreementTitle(StoredAgreement a, Text t, Map<PartyId, String> names) {
        return t.format("subject.agreement", kind(a.kind(), t), names.getOrDefault(a.partyA(), a.partyA().value()),
                names.getOrDefault(a.partyB(), a.partyB().value()));
    }

    private static String kind(String kind, Text t) {
        return Arrays.stream(AgreementKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .map(k -> t.of("subject.kind", k)).orElse(kind.toLowerCase(Locale.ROOT));
    }

    private Subject ofDocument(String id, Envelope envelope, Text t) {
        String type = t.get("doctype." + envelope.type().token());
        return switch (envelope.type()) {
            case PERSON_LIST -> store.lists().byEnvelope(id).flatMap(list -> store.lists().header(list))
                    .map(h -> new Subject(type, listTitle(h, t), Optional.of("/desk/lists/" + h.id())))
                    .orElse(new Subject(type, type, Optional.empty()));
            case DISPUTE -> new Subject(type, disputeSubject(id).map(s -> t.format("subject.dispute", s))
                    .orElse(type), envelope.answers().map(a -> DisputeThreads.href(a.hex()) + "/disputes"));
            case ANSWER -> new Subject(t.get("subject.type.disputeAnswer"), t.get("subject.type.disputeAnswer"),
                    disputed(envelope).map(d -> DisputeThreads.href(d) + "/disputes"));
            case ANSWERS, REMINDER -> requestSubject(envelope, type, t);
            case DEATH_RECORD -> new Subject(type, type, Optional.of("/desk/death-records/" + id));
            default -> new Subject(type, type, Optional.empty());
        };
    }

    /**
     * An answers document or a reminder: "Answers for «list»: 3 rows", linked to the request list's page. The list is the
     * one whose document the envelope answers; the rows counted are the answers the canonical content holds.
     */
    private Subject requestSubject(Envelope envelope, String type, Text t) {
        Optional<ListHeader> list = envelope.answers().flatMap(a -> store.lists().byEnvelope(a.hex()))
                .flatMap(id -> store.lists().header(id));
        if (list.isEmpty()) {
            return new Subject(type, type, Optional.empty());
        }
        String link = "/desk/requests/" + list.get().id();
        if (envelope.type() == DocumentType.REMINDER) {
            return new Subject(type, t.format("subject.reminder", list.get().title()), Optional.of(link));
        }
        int rows = store.documents().document(envelope.id().hex()).map(d -> answered(d.content())).orElse(0);
        return new Subject(type, t.format("subject.answers", list.get().title(), t.number(rows)),
                Optional.of(link));
    }

    /** How many rows an answers document answers (0 when its bytes are not canonical answers: it was refused then). */
    private static int answered(byte[] content) {
        try {
            return AnswersCsv.read(content).size();
        } catch (AnswersFormatException | AnswerException notCanonical) {
            return 0;
        }
    }

    private static String listTitle(ListHeader h, Text t) {
        return t.format("subject.list", h.title(), t.of("category", h.category()), t.number(h.rowCount()));
    }

    private Optional<String> disputeSubject(String id) {
        return store.documents().document(id).flatMap(d -> {
            try {
                return Optional.of(DisputeText.parse(d.content()).subject());
            } catch (DisputeTextException notADisputeText) {
                return Optional.empty(); // logged before disputes had their own text: no subject to show
            }
        });
    }

    /** The document an answer's dispute disputes, whose page holds the whole thread. */
    private Optional<String> disputed(Envelope answer) {
        return answer.answers().flatMap(a -> store.documents().document(a.hex())).map(DocumentSubjects::envelope)
                .filter(d -> d.type() == DocumentType.DISPUTE).flatMap(Envelope::answers).map(a -> a.hex());
    }

    private static Envelope envelope(StoredDocument d) {
        return Envelope.parse(d.envelope().getBytes(StandardCharsets.US_ASCII));
    }
}
