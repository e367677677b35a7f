package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.Envelope;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.ListRelays;
import org.repatria.server.access.Rule;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.document.RelayQueue;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.store.Store;

/**
 * The mediator's relay queue: every document awaiting relay, of every type, with what it is, who sent it, to whom it is
 * addressed and since when; each relayed, only to its addressees, once the mediator confirms who will read it
 * (docs/decisions/0136). A stored list is relayed as its own relay does (the list to each addressee, the document on
 * the log); any other document by one relay entry, which reaches all its addressees.
 */
final class RelayPages {
    /** The queue's path: also where the mediator lands after signing in. */
    static final String QUEUE = "/desk/relays";
    private final Store store;
    private final RelayQueue queue;
    private final DocumentSteps steps;
    private final ListRelays listRelays;
    private final ListAccess access;
    private final DocumentSubjects subjects;
    private final PageFactory pages;
    private final Templates templates;

    RelayPages(Store store, DocumentSteps steps, ListRelays listRelays, ListAccess access, PageFactory pages, Templates templates) {
        this.store = store;
        this.queue = new RelayQueue(store);
        this.steps = steps;
        this.listRelays = listRelays;
        this.access = access;
        this.subjects = new DocumentSubjects(store);
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule mediator = Rule.roles(Role.MEDIATOR);
        return List.of(
                Route.desk(GET, QUEUE, mediator, "The relay queue: every document awaiting relay, of every type, with what"
                        + " it is, who sent it, to whom and since when", call -> show(call, Optional.empty())),
                Route.desk(POST, QUEUE + "/{id}", mediator, "Relay a document to its addressees (only to them), once the"
                        + " mediator confirms who will read it", this::relay));
    }

    private void show(AdmittedRequest call, Optional<HttpProblem> refused) {
        Page page = pages.page(call.ctx(), call.identity(), "relays.title");
        Text t = page.t();
        Map<PartyId, String> names = pages.partyNames();
        Map<String, Envelope> envelopes = new LinkedHashMap<>();
        queue.awaiting().forEach(a -> envelopes.put(a.envelopeId(), a.envelope()));
        Map<String, DocumentSubjects.Subject> about = subjects.of(envelopes, t, names);
        List<RelayViews.Awaiting> lines = new ArrayList<>();
        envelopes.forEach((id, e) -> {
            DocumentSubjects.Subject s = about.get(id);
            String readers = readers(e.addressees(), names);
            lines.add(new RelayViews.Awaiting(id, s.type(), s.title(), s.link(), name(e.author(), names), readers,
                    t.when(e.time()), QUEUE + "/" + id, e.addressees().stream().map(PartyId::value).toList(),
                    t.format("relays.confirm", readers, s.type(), s.title())));
        });
        Optional<String> done = Optional.ofNullable(call.ctx().queryParam("relayed")).filter(id -> id.matches("[0-9a-f]{64}"))
                .filter(id -> store.documents().document(id).isPresent()).map(id -> relayedNotice(id, t, names));
        Optional<NegotiationViews.Problem> problem = refused.map(r -> new NegotiationViews.Problem(r.field().orElse(""),
                reason(r, t)));
        templates.render(call.ctx(), "relays.jte", new RelayViews.Queue(refused.map(r -> page.refusing(r.code())).orElse(page),
                lines, done, problem));
    }

    private String relayedNotice(String id, Text t, Map<PartyId, String> names) {
        Envelope e = steps.envelope(id);
        DocumentSubjects.Subject s = subjects.of(Map.of(id, e), t, names).get(id);
        return t.format("relays.done", s.type(), s.title(), readers(e.addressees(), names));
    }

    void relay(AdmittedRequest call) {
        Account mediator = call.account();
        String id = call.ctx().pathParam("id");
        Envelope envelope = steps.envelope(id); // 404 for an unknown id, before anything else
        try {
            SortedSet<PartyId> to = targets(call, envelope);
            if (!"yes".equals(call.ctx().formParam("confirm"))) {
                throw new HttpProblem(422, "unconfirmed", "confirm: tick the box that names who will read the document;"
                        + " nothing was relayed", Optional.of("confirm"));
            }
            Optional<ListId> list = store.lists().byEnvelope(id);
            if (envelope.type() == DocumentType.PERSON_LIST && list.isPresent()) {
                relayList(mediator, list.get(), to);
            } else if (!relayed(id)) { // a second click, or another desk first: relayed already, the outcome is the same
                steps.relay(mediator, id, Optional.empty());
            }
        } catch (HttpProblem refused) {
            if (refused.status() == 403 || refused.status() == 404) {
                throw refused; // the error page, so the queue never says more than the route would
            }
            call.ctx().status(refused.status());
            show(call, Optional.of(refused));
            return;
        }
        call.ctx().redirect(QUEUE + "?relayed=" + id, HttpStatus.SEE_OTHER);
    }

    /**
     * The addressees the form names ({@code to}, one field each; all of them when none is sent); each must be one, and a
     * document other than a list goes to all of them at once (a relay entry reaches every addressee).
     */
    private SortedSet<PartyId> targets(AdmittedRequest call, Envelope envelope) {
        List<String> raw = call.ctx().formParams("to");
        if (raw.isEmpty()) {
            return envelope.addressees();
        }
        SortedSet<PartyId> to = new TreeSet<>();
        for (String r : raw) {
            PartyId party;
            try {
                party = PartyId.of(r.strip());
            } catch (IllegalArgumentException e) {
                throw HttpProblem.invalid("to", "'" + r + "' is not a party id (such as 'ua')");
            }
            DocumentSteps.requireAddressee(envelope, party);
            to.add(party);
        }
        boolean storedList = envelope.type() == DocumentType.PERSON_LIST
                && store.lists().byEnvelope(envelope.id().hex()).isPresent();
        if (!storedList && !to.equals(envelope.addressees())) {
            throw HttpProblem.conflict("a relay of this " + envelope.type().token() + " reaches all its addressees ("
                    + envelope.addressees() + "); relay it to all of them");
        }
        return to;
    }

    private boolean relayed(String id) {
        return store.documents().trail(id).stream().anyMatch(e -> e.kind().equals(EntryKind.RELAYED.token()));
    }

    /** A list goes to each addressee as the list page's relay sends it: the list itself, and the document on the log. */
    private void relayList(Account mediator, ListId list, SortedSet<PartyId> to) {
        var visible = access.require(mediator, list.toString());
        for (PartyId party : to) {
            if (!visible.relayedTo().contains(party)) {
                listRelays.relay(mediator, visible, party.value());
            }
        }
    }

    /** The refusal in the reader's words where the desk has them, else the server's reason. */
    private static String reason(HttpProblem refused, Text t) {
        return switch (refused.code()) {
            case "not_addressee" -> t.get("relays.refused.notAddressee");
            case "unconfirmed" -> t.get("relays.refused.unconfirmed");
            default -> refused.getMessage();
        };
    }

    private static String readers(SortedSet<PartyId> parties, Map<PartyId, String> names) {
        return String.join(", ", parties.stream().map(p -> name(p, names)).toList());
    }

    private static String name(PartyId p, Map<PartyId, String> names) {
        return names.getOrDefault(p, p.value());
    }
}
