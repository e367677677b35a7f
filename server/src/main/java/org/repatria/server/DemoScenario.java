package org.repatria.server;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.account.Permission;
import org.repatria.core.account.Role;
import org.repatria.core.child.CaseField;
import org.repatria.core.child.CaseParticulars;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.core.person.Category;
import org.repatria.core.request.RowStatus;
import org.repatria.demo.AnswerPart;
import org.repatria.demo.ChildCase;
import org.repatria.demo.ChildReturn;
import org.repatria.demo.DemoAccount;
import org.repatria.demo.HeldChild;
import org.repatria.demo.Portrait;
import org.repatria.demo.Scenario;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.auth.Passwords;
import org.repatria.server.child.ChildCases;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.document.ListDocuments;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.reunification.ChildReturns;
import org.repatria.server.reunification.ReunificationMessages.EscortRequest;
import org.repatria.server.reunification.ReunificationMessages.GuardianRequest;
import org.repatria.store.Store;

/**
 * Puts the demo scenario into an empty store, as the parties and the mediator would have: parties, accounts (with
 * the permissions their parties granted), lists signed on the log with the parties' server-held keys, requests relayed,
 * an exchange at every stage ({@link DemoExchanges}), the children's cases ({@link DemoCases}) and the requests answered
 * over the summer of 2025 ({@link DemoRequests}; docs/decisions/0151). Used by {@code repatria demo} and by tests that
 * play the demo.
 */
public final class DemoScenario {
    /** The scenario's seed: the date of the Istanbul round. Fixed, so every demo shows the same people. */
    public static final long SEED = 20250602L;

    private DemoScenario() {
    }

    /**
     * The accounts in {@code store} that still have their demo password. Those passwords are printed by every demo and
     * the same everywhere, so anybody who reaches such a server may sign in with them (docs/decisions/0130).
     */
    public static List<String> withPublicPasswords(Store store) {
        return Scenario.accounts(SEED).stream()
                .filter(a -> store.accounts().passwordHash(a.account().username())
                        .filter(hash -> Passwords.verify(a.password().toCharArray(), hash)).isPresent())
                .map(a -> a.account().username()).toList();
    }

    /**
     * Seeds {@code store} unless it already holds parties; returns the scenario either way. Claims the log first, so
     * nothing is seeded into a database whose log another server holds.
     *
     * @throws org.repatria.store.LogHeldException when another server holds the log; nothing was written
     */
    public static Scenario seedIfEmpty(Store store, PrintStream progress) {
        return seed(store, progress, true);
    }

    /**
     * As {@link #seedIfEmpty}, but only the parties, accounts and lists, with no exchange: for tests that play an
     * exchange of their own on the demo's people.
     */
    public static Scenario seedListsIfEmpty(Store store, PrintStream progress) {
        return seed(store, progress, false);
    }

    private static Scenario seed(Store store, PrintStream progress, boolean withExchanges) {
        store.log().claimWriter();
        long start = System.nanoTime();
        if (!store.parties().all().isEmpty()) {
            return Scenario.generate(SEED);
        }
        // Eleven Argon2id hashes are a second or two of CPU: they run on the other core while the scenario is generated.
        CompletableFuture<Map<String, String>> hashes = CompletableFuture.supplyAsync(() -> Scenario.accounts(SEED)
                .parallelStream().collect(Collectors.toMap(a -> a.account().username(),
                        a -> Passwords.hash(a.password().toCharArray()))));
        Scenario scenario = Scenario.generate(SEED);
        scenario.parties().forEach(store.parties()::add);
        for (DemoAccount a : scenario.accounts()) {
            store.accounts().add(a.account(), hashes.join().get(a.account().username()));
            a.permissions().forEach(p -> store.permissions().grant(a.account().username(), p));
        }
        List<PersonList> lists = scenario.lists();
        var mediator = scenario.parties().stream().filter(p -> p.kind() == PartyKind.MEDIATOR).findFirst().orElseThrow();
        Account mediatorDesk = desk(scenario, mediator.id(), Role.MEDIATOR);
        Clock clock = Clock.systemUTC();
        long signingNanos = 0;
        long exchangeNanos;
        // The demo's parties chose server-held keys, so their lists are signed documents on the log from the start.
        try (TransparencyLog log = TransparencyLog.open(store, clock)) {
            DocumentSteps steps = new DocumentSteps(store, log, clock);
            ListDocuments documents = new ListDocuments(store, log, clock);
            // The mediator's too: it signs its reminders and the reunification records with it.
            scenario.parties().stream().filter(p -> p.kind() != PartyKind.OBSERVER)
                    .forEach(p -> steps.enableServerHeldKey(p.id()));
            int done = 0;
            for (PersonList list : lists) {
                long signing = System.nanoTime();
                documents.storeSignedWithServerHeldKey(desk(scenario, list.header().author(), Role.PARTY_DESK), list);
                // Requests reach the other side only through the mediator, which relays them on the day.
                if (list.header().purpose() == ListPurpose.REQUEST) {
                    scenario.parties().stream()
                            .filter(p -> p.kind() == PartyKind.BELLIGERENT && !p.id().equals(list.header().author()))
                            .forEach(p -> {
                                documents.relay(mediatorDesk, list.header(), p.id());
                                store.lists().relay(list.header().id(), p.id(), relayed(list));
                            });
                }
                signingNanos += System.nanoTime() - signing;
                progress.printf("\rSeeding the demo scenario: list %d of %d", ++done, lists.size());
            }
            // The answers come before the children's return: the reunification records then find the rows answered
            // "returned" already, as they were in the summer of 2025, and add nothing to their history.
            if (withExchanges) {
                children(store, scenario, progress);
                answers(store, log, scenario, mediatorDesk, progress);
            }
            long exchanges = System.nanoTime();
            if (withExchanges) {
                Exchange exchange = new Exchange(store, log, clock);
                var children = new ChildRecords(store, clock);
                var cases = new ChildCases(store, clock, new ListAccess(store.lists()), children);
                new DemoExchanges(exchange, steps, new ChildReturns(store, exchange, log, clock, cases, children), clock,
                        desk(scenario, new PartyId("ua"), Role.PARTY_DESK), desk(scenario, new PartyId("ru"), Role.PARTY_DESK),
                        mediatorDesk, observer(scenario)).seed(new DemoExchanges.Holdings(holding(scenario, "ua", Category.POW),
                        holding(scenario, "ru", Category.POW), holding(scenario, "ru", Category.REMAINS)),
                        Optional.of(returned(scenario)), progress);
            }
            exchangeNanos = System.nanoTime() - exchanges;
            if (withExchanges) {
                links(store, scenario, progress);
                DemoInquiries.seed(store, lists, desk(scenario, new PartyId("ua"), Role.PARTY_DESK));
            }
        }
        int rows = lists.stream().mapToInt(l -> l.rows().size()).sum();
        progress.printf("%nSeeded %d lists (%,d persons), signed on the log and relayed through %s, with %s, in "
                + "%d ms (lists' signing and relaying %d ms, exchanges %d ms).%n", lists.size(), rows, mediator.name(),
                withExchanges ? "five exchanges" : "no exchange", (System.nanoTime() - start) / 1_000_000,
                signingNanos / 1_000_000, exchangeNanos / 1_000_000);
        return scenario;
    }

    private static PersonList holding(Scenario scenario, String author, Category category) {
        return scenario.list(new PartyId(author), ListPurpose.HOLDING, category)
                .orElseThrow(() -> new IllegalStateException("the demo scenario has no " + category + " held by " + author));
    }

    private static PartyId observer(Scenario scenario) {
        return scenario.parties().stream().filter(p -> p.kind() == PartyKind.OBSERVER).findFirst().orElseThrow().id();
    }

    private static Account desk(Scenario scenario, PartyId party, Role role) {
        return scenario.accounts().stream().map(DemoAccount::account)
                .filter(a -> a.party().equals(party) && a.role() == role).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo scenario has no " + role + " account for " + party));
    }

    /** When the mediator relays a request: two hours after the list was made. */
    private static Instant relayed(PersonList list) {
        return list.header().created().plus(Duration.ofHours(2));
    }

    /**
     * The summer's answers: each request's deadline, the requested sides' answers documents (the children's answered by
     * the party's child-protection account, acknowledged by the requesting one's), and the mediator's reminder of the
     * children three days past their deadline.
     */
    private static void answers(Store store, TransparencyLog log, Scenario scenario, Account mediator, PrintStream progress) {
        Map<ListId, PersonList> lists = new HashMap<>();
        scenario.lists().forEach(l -> lists.put(l.header().id(), l));
        List<DemoRequests.Deadline> deadlines = scenario.deadlines().entrySet().stream()
                .map(e -> new DemoRequests.Deadline(e.getKey(), relayed(lists.get(e.getKey())), e.getValue())).toList();
        List<DemoRequests.Part> parts = new ArrayList<>();
        for (AnswerPart part : scenario.answers()) {
            PersonList list = lists.get(part.list());
            parts.add(new DemoRequests.Part(part.list(), answerer(scenario, part.by(), list), answerer(scenario,
                    list.header().author(), list), part.at(), part.answers()));
        }
        ListId children = scenario.list(new PartyId("ua"), ListPurpose.REQUEST, Category.CHILD).orElseThrow().header().id();
        List<DemoRequests.Reminder> reminders = List.of(new DemoRequests.Reminder(children, "ru", Scenario.CHILDREN_REMINDER,
                "The response deadline of 2 August 2025 has passed and most of the children are still unanswered;"
                        + " please answer every row, \"not found\" included."));
        new DemoRequests(store, log, mediator).seed(deadlines, parts, reminders, progress);
    }

    /** Who answers (or acknowledges) for {@code party}: its child-protection account for a children's list, else its desk. */
    private static Account answerer(Scenario scenario, PartyId party, PersonList list) {
        if (list.header().category() != Category.CHILD) {
            return desk(scenario, party, Role.PARTY_DESK);
        }
        return scenario.accounts().stream().filter(a -> a.account().party().equals(party)
                && a.permissions().contains(Permission.CHILDREN)).findFirst().orElseThrow().account();
    }

    /**
     * ua's child-protection account confirms, for each child located under a changed name, the search's candidate that
     * is the answer locating it (the key and label the tracing's candidate pool gives it), the day after that answer.
     */
    private static void links(Store store, Scenario scenario, PrintStream progress) {
        PersonList list = scenario.list(new PartyId("ua"), ListPurpose.REQUEST, Category.CHILD).orElseThrow();
        Map<String, Instant> locatedAt = new HashMap<>();
        scenario.answers().stream().filter(p -> p.list().equals(list.header().id())).forEach(p -> p.answers().stream()
                .filter(a -> a.status() == RowStatus.LOCATED).forEach(a -> locatedAt.put(a.rowId(), p.at())));
        Map<String, String> births = new HashMap<>();
        list.rows().forEach(r -> births.put(r.rowId(), r.birthDate().iso()));
        String id = list.header().id().toString();
        List<DemoCases.Link> links = scenario.heldChildren().stream().filter(HeldChild::renamed)
                .map(h -> new DemoCases.Link(h.rowId(), String.join("|", "answer", id, "ru", h.rowId()),
                        h.name().full() + (births.get(h.rowId()).isEmpty() ? "" : ", " + births.get(h.rowId()))
                                + " (answer " + id + " row " + h.rowId() + ")", locatedAt.get(h.rowId()).plus(Duration.ofDays(1))))
                .toList();
        new DemoCases(store, answerer(scenario, list.header().author(), list).username()).link(list.header().id(), links);
        progress.printf("%nSeeded the children's links: %d cases linked to the answer that found the child under another name.",
                links.size());
    }

    /** The located children ru hands back, each with the guardian of its case and its escort. */
    private static DemoExchanges.Children returned(Scenario scenario) {
        PersonList located = holding(scenario, "ru", Category.CHILD);
        PersonList requested = scenario.list(new PartyId("ua"), ListPurpose.REQUEST, Category.CHILD).orElseThrow();
        Map<String, String> rowOf = new HashMap<>();
        scenario.truth().stream().filter(t -> t.holdingList().equals(located.header().id()))
                .forEach(t -> rowOf.put(t.requestRow(), t.holdingRow()));
        List<DemoExchanges.ChildHandover> handovers = new ArrayList<>();
        for (ChildReturn r : scenario.childReturns()) {
            ChildCase.Guardian g = r.guardian();
            handovers.add(new DemoExchanges.ChildHandover(rowOf.get(r.rowId()), r.rowId(),
                    new GuardianRequest(g.name().full(), g.documentType(), g.documentNumber(), g.relation(), g.standing(),
                            r.standingDocument()),
                    new EscortRequest(r.escort().name(), r.escort().role(), r.escort().document())));
        }
        return new DemoExchanges.Children(located, requested, scenario.childReturns().getFirst().date(), handovers,
                answerer(scenario, new PartyId("ua"), requested), answerer(scenario, new PartyId("ru"), located));
    }

    /** The children's cases as ua's child-protection account entered them: the family's particulars, photographs. */
    private static void children(Store store, Scenario scenario, PrintStream progress) {
        long start = System.nanoTime();
        PersonList list = scenario.list(new PartyId("ua"), ListPurpose.REQUEST, Category.CHILD).orElseThrow();
        String worker = answerer(scenario, list.header().author(), list).username();
        Map<String, HeldChild> held = new HashMap<>();
        scenario.heldChildren().forEach(h -> held.put(h.rowId(), h));
        Instant entered = list.header().created().plus(Duration.ofDays(1));
        List<DemoCases.Case> cases = new ArrayList<>();
        for (ChildCase c : scenario.childCases()) {
            Optional<HeldChild> found = Optional.ofNullable(held.get(c.rowId()));
            cases.add(new DemoCases.Case(c.rowId(), particulars(c, found),
                    c.photo().map(p -> new DemoCases.Photo(Portrait.MEDIA_TYPE, p.png(), p.caption()))));
        }
        int photos = new DemoCases(store, worker).enter(list.header().id(), cases, entered);
        progress.printf("%nSeeded the children's cases: %d, with %d photographs, in %d ms.", cases.size(), photos,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** A case's particulars as the family gave them; the institution once the requested side answered where the child is. */
    private static CaseParticulars particulars(ChildCase c, Optional<HeldChild> held) {
        Map<CaseField, String> v = new EnumMap<>(CaseField.class);
        v.put(CaseField.GUARDIANS, c.guardians().stream().map(g -> g.relation() + ": " + g.name().full())
                .collect(Collectors.joining("; ")));
        v.put(CaseField.GUARDIAN_CONTACT, c.guardians().stream().map(g -> g.name().full() + ": " + g.phone() + ", "
                + g.address()).distinct().collect(Collectors.joining("\n")));
        v.put(CaseField.LAST_ADDRESS, c.lastAddress());
        v.put(CaseField.REMOVAL_DATE, c.removal().date().toString());
        v.put(CaseField.REMOVAL_PLACE, c.removal().place());
        v.put(CaseField.REMOVAL_CIRCUMSTANCES, c.removal().circumstances());
        v.put(CaseField.OTHER_NAMES, c.otherNames().stream().map(o -> o.name().full()).collect(Collectors.joining("\n")));
        v.put(CaseField.OTHER_BIRTH_DATES, c.otherNames().stream().map(o -> o.birth().iso()).filter(d -> !d.isEmpty())
                .collect(Collectors.joining("\n")));
        held.ifPresent(h -> v.put(CaseField.INSTITUTION, h.carer()));
        return new CaseParticulars(v);
    }
}
