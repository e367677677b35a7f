package org.repatria.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.core.request.RowAnswer;
import org.repatria.core.request.RowStatus;

/** What the requested sides answer over the summer: children's in three parts, a fifth by two months, the rest late. */
class AnswersTest {
    private static final long SEED = 20250602L;
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId RU = new PartyId("ru");
    private static final Instant TWO_MONTHS = Instant.parse("2025-08-02T13:00:00Z");
    private static Scenario scenario;
    private static PersonList children;

    @BeforeAll
    static void generate() {
        scenario = Scenario.generate(SEED);
        children = scenario.list(UA, ListPurpose.REQUEST, Category.CHILD).orElseThrow();
    }

    private static List<AnswerPart> partsFor(PersonList list) {
        return scenario.answers().stream().filter(p -> p.list().equals(list.header().id())).toList();
    }

    /** Each row's latest status after the parts sent up to {@code at}. */
    private static Map<String, RowStatus> statusAt(PersonList list, Instant at) {
        Map<String, RowStatus> status = new HashMap<>();
        partsFor(list).stream().filter(p -> !p.at().isAfter(at))
                .forEach(p -> p.answers().forEach(a -> status.put(a.rowId(), a.status())));
        return status;
    }

    @Test
    void theChildrenAreAnsweredByRussiaInThreePartsBeforeTheDeadline() {
        List<AnswerPart> parts = partsFor(children);
        assertThat(parts).hasSize(3).allSatisfy(p -> {
            assertThat(p.by()).isEqualTo(RU);
            assertThat(p.at()).isBefore(scenario.deadlines().get(children.header().id()));
        });
        assertThat(scenario.deadlines().get(children.header().id())).isEqualTo(TWO_MONTHS);
    }

    @Test
    void aboutAFifthOfTheChildrenAreAnsweredTwoMonthsAfterTheRelay() {
        long answered = statusAt(children, TWO_MONTHS).values().stream().filter(s -> !s.waits()).count();
        double share = answered / (double) Scenario.CHILDREN;
        assertThat(share).isBetween(0.15, 0.21);
    }

    @Test
    void theChildrensAnswersAreLocatedNotFoundReturnedAndNoInformationTheRestUnanswered() {
        Map<RowStatus, Integer> counts = new EnumMap<>(RowStatus.class);
        statusAt(children, Instant.MAX).values().forEach(s -> counts.merge(s, 1, Integer::sum));
        assertThat(counts.get(RowStatus.LOCATED)).isEqualTo(37);
        assertThat(counts.get(RowStatus.RETURNED)).isEqualTo(5);
        assertThat(counts.get(RowStatus.NOT_FOUND)).isEqualTo(22);
        assertThat(counts.get(RowStatus.NO_INFORMATION)).isEqualTo(10);
        int answered = counts.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(Scenario.CHILDREN - answered).as("unanswered, overdue after the deadline").isEqualTo(265);
    }

    @Test
    void everyAnsweredRowIsARowOfItsListAndNoDocumentAnswersARowTwice() {
        for (PersonList list : scenario.lists()) {
            Set<String> rows = new HashSet<>(list.rows().stream().map(Person::rowId).toList());
            for (AnswerPart p : partsFor(list)) {
                List<String> answered = p.answers().stream().map(RowAnswer::rowId).toList();
                assertThat(rows).containsAll(answered);
                assertThat(new HashSet<>(answered)).hasSameSizeAs(answered);
            }
        }
    }

    @Test
    void everyLocatedChildIsAnsweredUnderTheNameOfItsHeldRecordMostUnderAChangedOne() {
        Map<String, RowAnswer> located = new HashMap<>();
        partsFor(children).forEach(p -> p.answers().stream().filter(a -> a.status() == RowStatus.LOCATED)
                .forEach(a -> located.put(a.rowId(), a)));
        assertThat(scenario.heldChildren()).hasSize(located.size()).allSatisfy(h -> {
            assertThat(located.get(h.rowId()).nameHeld()).isEqualTo(h.name());
            assertThat(located.get(h.rowId()).place()).isEqualTo(h.carer());
        });
        long renamed = scenario.heldChildren().stream().filter(HeldChild::renamed).count();
        assertThat(renamed).isGreaterThan(located.size() / 2L);
        assertThat(scenario.heldChildren()).anyMatch(h -> h.changes().contains(HeldChild.Change.BIRTH_DATE));
    }

    @Test
    void theReturnedChildrenWereLocatedFirstAndGoToTheFirstGuardianOfTheirCase() {
        Set<String> locatedFirst = new HashSet<>();
        partsFor(children).getFirst().answers().stream().filter(a -> a.status() == RowStatus.LOCATED)
                .forEach(a -> locatedFirst.add(a.rowId()));
        Map<String, ChildCase> cases = new HashMap<>();
        scenario.childCases().forEach(c -> cases.put(c.rowId(), c));
        assertThat(scenario.childReturns()).hasSize(5).allSatisfy(r -> {
            assertThat(locatedFirst).contains(r.rowId());
            assertThat(r.guardian()).isEqualTo(cases.get(r.rowId()).guardians().getFirst());
            assertThat(r.standingDocument()).isNotBlank();
        });
    }

    @Test
    void thePrisonerRequestsAreAnsweredHeldDeceasedReturnedAndNotFound() {
        PersonList uaAsks = scenario.list(UA, ListPurpose.REQUEST, Category.POW).orElseThrow();
        Map<RowStatus, Integer> counts = new EnumMap<>(RowStatus.class);
        statusAt(uaAsks, Instant.MAX).values().forEach(s -> counts.merge(s, 1, Integer::sum));
        assertThat(counts).containsKeys(RowStatus.HELD, RowStatus.DECEASED, RowStatus.RETURNED, RowStatus.NOT_FOUND,
                RowStatus.NO_INFORMATION);
        assertThat(partsFor(uaAsks)).hasSize(2).allSatisfy(p -> assertThat(p.by()).isEqualTo(RU));
        PersonList ruAsks = scenario.list(RU, ListPurpose.REQUEST, Category.POW).orElseThrow();
        assertThat(partsFor(ruAsks)).isNotEmpty().allSatisfy(p -> assertThat(p.by()).isEqualTo(UA));
    }

    @Test
    void everyRequestListHasADeadline() {
        Set<ListId> requests = new HashSet<>();
        scenario.lists().stream().filter(l -> l.header().purpose() == ListPurpose.REQUEST)
                .forEach(l -> requests.add(l.header().id()));
        assertThat(scenario.deadlines().keySet()).containsExactlyInAnyOrderElementsOf(requests);
    }

    @Test
    void russiaListsTheChildrenItLocatedUnderTheNamesItHoldsThemByJoinedToTheRequestByTheTruth() {
        PersonList located = scenario.list(RU, ListPurpose.HOLDING, Category.CHILD).orElseThrow();
        assertThat(located.rows()).extracting(Person::name)
                .containsExactlyElementsOf(scenario.heldChildren().stream().map(HeldChild::name).toList());
        assertThat(scenario.truth()).filteredOn(t -> t.holdingList().equals(located.header().id()))
                .extracting(t -> t.requestRow())
                .containsExactlyElementsOf(scenario.heldChildren().stream().map(HeldChild::rowId).toList());
        assertThat(located.header().created()).isAfter(children.header().created());
    }
}
