package org.repatria.server.today;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.document.DocumentType;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.request.RequestMessages.RequestReply;
import org.repatria.server.request.Requests;
import org.repatria.server.today.Due.Kind;
import org.repatria.store.Store;

/**
 * What waits on the reader's desk today, most urgent first: overdue (longest overdue first), then by days left, then
 * what has no deadline. Only what the reader may read: a side sees its own steps, the mediator every side's; children's
 * requests and agreements only for accounts that work children's cases; observers and identification units have no
 * steps here (issue 17, item 1; docs/decisions/0178).
 */
public final class WorkForToday {
    /** At most this many things are listed (and counted) per kind, so a desk that fell behind still reads fast. */
    public static final int MAX_PER_KIND = 100;
    private final Store store;
    private final DocumentStates documents;
    private final AgreementDues agreements;
    private final Requests requests;
    private final ChildRecords children;

    /** Over {@code store}, request lists through {@code requests}, today's date from {@code clock}. */
    public WorkForToday(Store store, Requests requests, Clock clock) {
        this.store = store;
        this.documents = new DocumentStates(store);
        this.children = new ChildRecords(store, clock);
        this.agreements = new AgreementDues(store, documents, children);
        this.requests = requests;
    }

    /** What waits on the reader, most urgent first. */
    public List<Due> of(Account reader) {
        List<Due> out = new ArrayList<>();
        Set<PartyId> mediators = mediators();
        if (reader.role() == Role.MEDIATOR) {
            int waiting = documents.unrelayed(mediators);
            if (waiting > 0) {
                out.add(new Due(Kind.RELAY, "", reader.party(), Optional.empty(), waiting, "/desk/relays"));
            }
        }
        if (reader.role() == Role.PARTY_DESK) {
            documents.unacknowledged(reader.party(), mediators).stream().filter(d -> delivered(d, reader.party()))
                    .limit(MAX_PER_KIND).forEach(d -> out.add(new Due(Kind.ACKNOWLEDGE, d.id, reader.party(),
                            Optional.empty(), 0, "/desk/documents")));
        }
        if (reader.role() == Role.MEDIATOR || reader.role() == Role.PARTY_DESK) {
            documents.openDisputes().stream()
                    .filter(d -> reader.role() == Role.MEDIATOR
                            || d.relayed && d.envelope.addressees().contains(reader.party()))
                    .limit(MAX_PER_KIND)
                    .forEach(d -> out.add(new Due(Kind.DISPUTE, d.id, d.envelope.addressees().first(), Optional.empty(), 0,
                            "/desk/documents/" + d.envelope.answers().map(a -> a.hex()).orElse(d.id) + "/disputes")));
            out.addAll(limited(agreements.of(reader)));
            out.addAll(limited(answersDue(reader)));
        }
        out.sort(Comparator.comparing((Due d) -> d.deadline().orElse(LocalDate.MAX)).thenComparing(d -> d.kind().ordinal()));
        return List.copyOf(out);
    }

    private List<Due> answersDue(Account reader) {
        boolean mediator = reader.role() == Role.MEDIATOR;
        boolean childWorker = children.mayRead(reader);
        List<Due> out = new ArrayList<>();
        for (RequestReply r : requests.requests(reader)) {
            int waiting = r.rows() - r.answered();
            boolean mine = mediator || r.requestedParty().equals(reader.party().value());
            boolean child = "CHILD".equalsIgnoreCase(r.category());
            if (mine && waiting > 0 && (!child || childWorker) && (!mediator || r.deadline() != null)) {
                out.add(new Due(Kind.ANSWER, r.listId(), new PartyId(r.requestedParty()),
                        Optional.ofNullable(r.deadline()).map(WorkForToday::date), waiting,
                        "/desk/requests/" + r.listId() + "?party=" + r.requestedParty()));
            }
        }
        return out;
    }

    /** A list's document reaches a party once the list itself was relayed to it (docs/decisions/0130). */
    private boolean delivered(DocumentStates.Doc d, PartyId party) {
        return d.envelope.type() != DocumentType.PERSON_LIST || store.lists().byEnvelope(d.id)
                .map(list -> store.lists().relayedTo(list).contains(party)).orElse(true);
    }

    private static LocalDate date(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private Set<PartyId> mediators() {
        return store.parties().all().stream().filter(p -> p.kind() == PartyKind.MEDIATOR).map(Party::id)
                .collect(Collectors.toSet());
    }

    private static List<Due> limited(List<Due> dues) {
        return dues.stream().collect(Collectors.groupingBy(Due::kind)).values().stream()
                .flatMap(l -> l.stream().limit(MAX_PER_KIND)).toList();
    }
}
