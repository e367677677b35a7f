package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.document.Envelope;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.Rule;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.server.today.Due;
import org.repatria.server.today.WorkForToday;
import org.repatria.store.Store;
import org.repatria.store.exchange.StoredAgreement;

/**
 * Work for today (issue 17, item 1): what waits on the reader's desk, most urgent first, each with its deadline, the
 * days left or overdue, and a link to the page where it is done; the navigation counts it on every page.
 */
final class TodayPages {
    /** The page's path. */
    static final String PATH = "/desk/today";
    private final WorkForToday work;
    private final Store store;
    private final DaysLeft days;
    private final DocumentSubjects subjects;
    private final PageFactory pages;
    private final Templates templates;

    TodayPages(WorkForToday work, Store store, Clock clock, PageFactory pages, Templates templates) {
        this.work = work;
        this.store = store;
        this.days = new DaysLeft(clock);
        this.subjects = new DocumentSubjects(store);
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        return List.of(Route.desk(GET, PATH, Rule.signedIn(), "Work for today: what waits on the reader's desk, most"
                + " urgent first, with deadlines, days left or overdue, and where each is done", this::show));
    }

    private void show(AdmittedRequest call) {
        Account me = call.account();
        List<Due> dues = work.of(me);
        Page page = pages.page(call.ctx(), call.identity(), "today.title", OptionalInt.of(dues.size()));
        Text t = page.t();
        Map<PartyId, String> names = pages.partyNames();
        Map<String, StoredAgreement> agreements = new HashMap<>();
        if (dues.stream().anyMatch(d -> d.link().startsWith("/desk/agreements/"))) {
            store.exchanges().agreements().forEach(a -> agreements.put(a.id(), a));
        }
        List<TodayViews.Item> items = dues.stream().map(d -> item(d, me, t, names, agreements)).toList();
        String none = switch (me.role()) {
            case OBSERVER -> t.get("today.none.observer");
            case IDENTIFICATION -> t.get("today.none.identification");
            case MEDIATOR, PARTY_DESK -> t.get("today.none");
        };
        templates.render(call.ctx(), "today.jte", new TodayViews.Today(page, items, none));
    }

    private TodayViews.Item item(Due d, Account me, Text t, Map<PartyId, String> names,
                                 Map<String, StoredAgreement> agreements) {
        String name = names.getOrDefault(d.party(), d.party().value());
        String who = d.party().equals(me.party()) ? t.format("crossing.you", name) : name;
        Optional<StoredAgreement> about = Optional.ofNullable(agreements.get(d.subject()));
        String agreement = about.map(a -> t.parties(a.partyA().value(), a.partyB().value())).orElse("");
        String what = switch (d.kind()) {
            case RELAY -> t.format("today.what.RELAY", d.number());
            case ACKNOWLEDGE, DISPUTE -> document(d, t, names);
            case ANSWER -> t.format("today.what.ANSWER", listTitle(d.subject()), d.number());
            case NEGOTIATE -> t.format("today.what.NEGOTIATE", agreement, d.number());
            case NOMINATE -> t.format("today.what.NOMINATE", agreement, d.number());
            case SIGN_PLAN -> t.format("today.what.SIGN_PLAN", agreement, d.number());
            case CONFIRM_PLAN -> t.format("today.what.CONFIRM_PLAN", agreement, d.number());
            case CROSS -> t.format("today.what.CROSS", agreement, d.number());
            case SIGN_ACT -> t.format("today.what.SIGN_ACT", agreement, d.number());
        };
        Optional<LocalDate> by = d.deadline();
        return new TodayViews.Item(d.kind().name(), who, what, about.map(StoredAgreement::id).orElse(""),
                by.map(LocalDate::toString).orElse(""),
                by.map(x -> days.words(x, t)).orElse(t.get("today.noDeadline")), by.map(days::overdue).orElse(false),
                d.link());
    }

    /** A document to acknowledge, or a dispute open: its type and title, and who wrote it. */
    private String document(Due d, Text t, Map<PartyId, String> names) {
        Optional<Envelope> e = store.documents().document(d.subject())
                .map(s -> Envelope.parse(s.envelope().getBytes(StandardCharsets.US_ASCII)));
        if (e.isEmpty()) {
            return d.subject();
        }
        DocumentSubjects.Subject s = subjects.of(Map.of(d.subject(), e.get()), t, names).get(d.subject());
        String author = names.getOrDefault(e.get().author(), e.get().author().value());
        return d.kind() == Due.Kind.DISPUTE ? t.format("today.what.DISPUTE", author, s.title())
                : t.format("today.what.ACKNOWLEDGE", s.type(), s.title(), author);
    }

    private String listTitle(String id) {
        try {
            return store.lists().header(ListId.parse(id)).map(h -> h.title()).orElse(id);
        } catch (IllegalArgumentException e) {
            return id;
        }
    }
}
