package org.repatria.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.account.Account;
import org.repatria.core.account.Permission;
import org.repatria.core.child.CaseField;
import org.repatria.core.child.CaseParticulars;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.core.person.Sex;
import org.repatria.core.request.RowStatus;
import org.repatria.demo.ChildCase;
import org.repatria.demo.HeldChild;
import org.repatria.demo.Scenario;
import org.repatria.match.trace.Candidate;
import org.repatria.match.trace.ChildRecord;
import org.repatria.match.trace.ChildSearch;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.child.ChildCases;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.request.RequestMessages.RequestReply;
import org.repatria.server.request.RequestMessages.RowReply;
import org.repatria.server.request.Requests;
import org.repatria.server.tracing.ChildTracing;
import org.repatria.store.Store;
import org.repatria.store.reunification.ReunionRecord;

/**
 * The demo as {@code repatria demo} seeds it has what issue 13 asks of it: every request list answered in parts over the
 * summer of 2025, the children's by about a fifth two months after the relay and the rest overdue, some located under a
 * changed name, five handed back and reunified; the children's cases with particulars and photographs, and the accounts
 * that work them and supervise (docs/decisions/0151).
 */
class DemoRequestsTest {
    @TempDir
    static Path dir;
    private static Store store;
    private static Scenario scenario;
    private static String progress;
    private static TransparencyLog log;
    private static Requests requests;

    @BeforeAll
    static void seed() {
        store = Store.embedded(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        scenario = DemoScenario.seedIfEmpty(store, new PrintStream(out, true, StandardCharsets.UTF_8));
        progress = out.toString(StandardCharsets.UTF_8);
        System.out.println(progress);
        log = TransparencyLog.open(store, Clock.systemUTC());
        requests = new Requests(store, log, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        log.close();
        store.close();
    }

    private static Account account(String username) {
        return store.accounts().find(username).orElseThrow();
    }

    private static List<RowReply> childRows() {
        return requests.rows(account("ua.children"), children().toString(), Optional.empty(), Optional.empty(), 0,
                Requests.MAX_LIMIT).rows();
    }

    @Test
    void theChildrensListCountsEveryRowByStatusTheUnansweredOverdue() {
        RequestReply list = requests.request(account("tr.mediator"), children().toString(), Optional.empty());
        assertThat(list.rows()).isEqualTo(Scenario.CHILDREN);
        assertThat(list.byStatus()).containsEntry("located", 37).containsEntry("returned", 5).containsEntry("not-found", 22)
                .containsEntry("no-information", 10).containsEntry("unanswered", 265);
        assertThat(list.overdue()).as("every row still waiting, past the deadline").isEqualTo(275);
        assertThat(list.deadline()).isEqualTo(list.relayedAt().atZone(ZoneOffset.UTC).plusMonths(2).toInstant());
    }

    @Test
    void aboutAFifthOfTheChildrenAreAnsweredTwoMonthsAfterTheRelay() {
        RequestReply list = requests.request(account("tr.mediator"), children().toString(), Optional.empty());
        Instant twoMonths = list.relayedAt().atZone(ZoneOffset.UTC).plusMonths(2).toInstant();
        long answered = childRows().stream().filter(r -> !RowStatus.ofToken(r.status()).waits())
                .filter(r -> !r.answeredAt().isAfter(twoMonths)).count();
        assertThat(answered / (double) Scenario.CHILDREN).isBetween(0.15, 0.21);
    }

    @Test
    void theChildrenAreAnsweredInThreeDocumentsOverSixWeeks() {
        Set<String> documents = new HashSet<>();
        Set<Instant> times = new HashSet<>();
        childRows().forEach(r -> r.history().forEach(a -> {
            documents.add(a.document());
            times.add(a.answeredAt());
        }));
        assertThat(documents).hasSize(3);
        assertThat(Duration.between(Collections.min(times), Collections.max(times))).isGreaterThan(Duration.ofDays(30));
    }

    @Test
    void mostLocatedChildrenAreAnsweredUnderAChangedName() {
        Map<String, String> requested = new HashMap<>();
        PersonList list = scenario.list(new PartyId("ua"), ListPurpose.REQUEST, Category.CHILD).orElseThrow();
        list.rows().forEach(p -> requested.put(p.rowId(), p.name().surname() + " " + p.name().givenName()));
        List<RowReply> located = childRows().stream().filter(r -> r.status().equals("located")).toList();
        long renamed = located.stream().filter(r -> {
            var held = r.history().getLast().nameHeld();
            return !requested.get(r.rowId()).equals(held.surname() + " " + held.givenName());
        }).count();
        assertThat(renamed).isGreaterThan(located.size() / 2L);
    }

    /**
     * The renamed children are matched by the search of item 5 among ru's list of located children (no confirmed link is
     * stored: the search has no server part yet). A few, whose every particular changed, are not found: 28 of 32.
     */
    @Test
    void theSearchFindsTheRenamedLocatedChildrenAmongRussiasRecordsInItsTopThree() {
        PersonList requested = scenario.list(new PartyId("ua"), ListPurpose.REQUEST, Category.CHILD).orElseThrow();
        PersonList located = scenario.list(new PartyId("ru"), ListPurpose.HOLDING, Category.CHILD).orElseThrow();
        Map<String, HeldChild> held = new HashMap<>();
        scenario.heldChildren().forEach(h -> held.put(h.rowId(), h));
        Map<String, String> truth = new HashMap<>();
        scenario.truth().stream().filter(t -> t.holdingList().equals(located.header().id()))
                .forEach(t -> truth.put(t.requestRow(), t.holdingRow()));
        Map<String, ChildCase> cases = new HashMap<>();
        scenario.childCases().forEach(c -> cases.put(c.rowId(), c));
        List<ChildRecord> records = new ArrayList<>();
        for (int i = 0; i < located.rows().size(); i++) {
            Person p = located.rows().get(i);
            records.add(record(p, scenario.heldChildren().get(i).since().toString(), "", "", ""));
        }
        ChildSearch search = new ChildSearch(records);
        List<HeldChild> renamed = scenario.heldChildren().stream().filter(HeldChild::renamed).toList();
        long found = 0;
        for (HeldChild h : renamed) {
            Person row = requested.rows().stream().filter(p -> p.rowId().equals(h.rowId())).findFirst().orElseThrow();
            ChildCase family = cases.get(h.rowId());
            String mother = family.guardians().stream().filter(g -> g.relation().equals("мати"))
                    .map(g -> g.name().givenName() + "|" + g.name().surname()).findFirst().orElse("|");
            String father = family.guardians().stream().filter(g -> g.relation().equals("батько"))
                    .map(g -> g.name().givenName()).findFirst().orElse("");
            List<Candidate> top = search.search(record(row, family.removal().date().toString(), father,
                    mother.split("\\|", -1)[0], mother.split("\\|", -1)[1]));
            if (top.stream().limit(3).anyMatch(c -> c.id().equals(truth.get(h.rowId())))) {
                found++;
            }
        }
        assertThat(renamed).hasSizeGreaterThan(10);
        assertThat(found / (double) renamed.size()).as("recall at 3 of the renamed children").isGreaterThanOrEqualTo(0.8);
    }

    private static ChildRecord record(Person p, String since, String father, String motherGiven, String motherSurname) {
        return new ChildRecord(p.rowId(), p.name().surname(), p.name().givenName(), p.name().patronymic(),
                p.sex() == Sex.FEMALE ? "F" : p.sex() == Sex.MALE ? "M" : "", p.birthDate().iso(), p.birthPlace(), father,
                motherGiven, motherSurname, since);
    }

    @Test
    void everyRenamedLocatedChildsCaseIsLinkedToTheAnswerThatFoundIt() {
        var children = new ChildRecords(store, Clock.systemUTC());
        var access = new ListAccess(store.lists());
        var tracing = new ChildTracing(store, Clock.systemUTC(), access, children,
                new ChildCases(store, Clock.systemUTC(), access, children));
        List<HeldChild> renamed = scenario.heldChildren().stream().filter(HeldChild::renamed).toList();
        assertThat(renamed).allSatisfy(h -> assertThat(store.candidateDecisions().of(children(), h.rowId()))
                .singleElement().satisfies(d -> {
                    assertThat(d.confirmed()).isTrue();
                    assertThat(d.label()).startsWith(h.name().full());
                }));
        HeldChild open = renamed.stream().filter(h -> scenario.childReturns().stream().noneMatch(r -> r.rowId().equals(h.rowId())))
                .findFirst().orElseThrow();
        var traced = tracing.candidates(account("ua.children"), children().toString(), open.rowId());
        assertThat(traced.linked()).hasValueSatisfying(d -> assertThat(d.candidate())
                .isEqualTo("answer|" + children() + "|ru|" + open.rowId()));
    }

    @Test
    void theReturnedChildrenWereLocatedFirstEachRowKeepingBothAnswers() {
        List<RowReply> returned = childRows().stream().filter(r -> r.status().equals("returned")).toList();
        assertThat(returned).hasSize(5).allSatisfy(r -> assertThat(r.history()).extracting(a -> a.status())
                .containsExactly("located", "returned"));
    }

    @Test
    void thePrisonerRequestsAreAnsweredHeldDeceasedReturnedAndNotFound() {
        for (String requester : List.of("ua", "ru")) {
            ListId pow = scenario.list(new PartyId(requester), ListPurpose.REQUEST, Category.POW).orElseThrow().header().id();
            RequestReply list = requests.request(account("tr.mediator"), pow.toString(), Optional.empty());
            assertThat(list.byStatus()).as(requester).containsKeys("held", "deceased", "not-found");
            assertThat(list.byStatus().get("held")).as(requester).isGreaterThan(100);
            assertThat(list.deadline()).as(requester).isNotNull();
        }
        ListId ua = scenario.list(new PartyId("ua"), ListPurpose.REQUEST, Category.POW).orElseThrow().header().id();
        assertThat(requests.request(account("tr.mediator"), ua.toString(), Optional.empty()).byStatus().get("returned"))
                .as("bodies in the wagon of 11 June").isPositive();
    }

    @Test
    void theMediatorRemindedRussiaOfTheChildrenAfterTheDeadline() {
        RequestReply list = requests.request(account("tr.mediator"), children().toString(), Optional.empty());
        assertThat(requests.reminders(account("tr.mediator"), children().toString())).singleElement().satisfies(r -> {
            assertThat(r.to()).isEqualTo("ru");
            assertThat(r.at()).isAfter(list.deadline());
        });
    }

    private static ListId children() {
        return scenario.list(new PartyId("ua"), ListPurpose.REQUEST, Category.CHILD).orElseThrow().header().id();
    }

    @Test
    void eachPartyHasAChildProtectionAccountAndASupervisorAndTheMediatorASupervisor() {
        assertThat(store.permissions().of("ua.children")).containsExactly(Permission.CHILDREN);
        assertThat(store.permissions().of("ru.children")).containsExactly(Permission.CHILDREN);
        for (String supervisor : List.of("ua.supervisor", "ru.supervisor", "tr.supervisor")) {
            assertThat(store.permissions().of(supervisor)).as(supervisor).containsExactly(Permission.SUPERVISOR);
        }
        assertThat(store.permissions().of("ua.desk")).isEmpty();
    }

    @Test
    void everyChildHasACaseWithGuardiansContactAddressAndRemoval() {
        assertThat(store.childCases().rowsWithParticulars(children())).hasSize(Scenario.CHILDREN);
        CaseParticulars first = store.childCases().particulars(children(), scenario.childCases().getFirst().rowId());
        for (CaseField f : Set.of(CaseField.GUARDIANS, CaseField.GUARDIAN_CONTACT, CaseField.LAST_ADDRESS,
                CaseField.REMOVAL_DATE, CaseField.REMOVAL_PLACE, CaseField.REMOVAL_CIRCUMSTANCES)) {
            assertThat(first.get(f)).as(f.token()).isPresent();
        }
    }

    @Test
    void aboutAThirdOfTheCasesHaveAPhotographStoredAsAPng() {
        long withPhoto = scenario.childCases().stream()
                .filter(c -> !store.childCases().photos(children(), c.rowId()).isEmpty()).count();
        assertThat(withPhoto).isEqualTo(scenario.childCases().stream().filter(c -> c.photo().isPresent()).count())
                .isBetween(90L, 150L);
        var photo = scenario.childCases().stream().filter(c -> c.photo().isPresent()).findFirst().orElseThrow();
        assertThat(store.childCases().photos(children(), photo.rowId()).getFirst().mediaType()).isEqualTo("image/png");
    }

    @Test
    void theLocatedChildrensCasesNameTheInstitutionOrCarerAnswered() {
        scenario.heldChildren().forEach(h -> assertThat(store.childCases().particulars(children(), h.rowId())
                .get(CaseField.INSTITUTION)).contains(h.carer()));
    }

    @Test
    void fiveChildrenAreHandedBackAndReunifiedClosingTheirCases() {
        List<ReunionRecord> reunions = store.reunifications().reunions(DemoExchanges.CHILDREN);
        assertThat(reunions).hasSize(5).allSatisfy(r -> {
            assertThat(r.caseClosed()).isTrue();
            assertThat(r.request().list()).isEqualTo(children());
        });
        assertThat(reunions).extracting(r -> r.request().rowId())
                .containsExactlyInAnyOrderElementsOf(scenario.childReturns().stream().map(c -> c.rowId()).toList());
        assertThat(store.reunifications().guardians(DemoExchanges.CHILDREN)).hasSize(5);
    }

    @Test
    void theSeedingSaysWhatItSeededOfTheChildren() {
        assertThat(progress).contains("the children, returned and reunified").contains("Seeded the children's cases: 339");
    }
}
