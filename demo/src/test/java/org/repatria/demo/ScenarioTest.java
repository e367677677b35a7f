package org.repatria.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repatria.core.account.Permission;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.Sex;

/** The demo scenario: reproducible, the right sizes, and internally consistent. */
class ScenarioTest {
    private static final long SEED = 20250602L;
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId RU = new PartyId("ru");
    private static final LocalDate TALKS = LocalDate.of(2025, 6, 2);
    private static Scenario scenario;

    @BeforeAll
    static void generate() {
        scenario = Scenario.generate(SEED);
    }

    private static PersonList list(PartyId author, ListPurpose purpose, Category category) {
        return scenario.list(author, purpose, category).orElseThrow();
    }

    @Test
    void theSameSeedGivesTheSameScenario() {
        Scenario again = Scenario.generate(SEED);
        assertThat(again.lists()).isEqualTo(scenario.lists());
        assertThat(again.truth()).isEqualTo(scenario.truth());
        assertThat(again.accounts()).isEqualTo(scenario.accounts());
    }

    @Test
    void theAccountsAloneAreThoseOfTheWholeScenario() {
        assertThat(Scenario.accounts(SEED)).isEqualTo(scenario.accounts());
    }

    @Test
    void anotherSeedGivesAnotherScenario() {
        Scenario other = Scenario.generate(SEED + 1);
        assertThat(other.lists().getFirst().header().id()).isNotEqualTo(scenario.lists().getFirst().header().id());
        assertThat(other.lists().getFirst().rows()).isNotEqualTo(scenario.lists().getFirst().rows());
        assertThat(other.accounts()).isNotEqualTo(scenario.accounts());
    }

    @Test
    void theFourPartiesSixDeskAccountsAndTheChildWorkersAndSupervisorsArePresent() {
        assertThat(scenario.parties()).extracting(p -> p.id().value()).containsExactly("ua", "ru", "tr", "icrc");
        assertThat(scenario.accounts()).extracting(a -> a.account().username())
                .containsExactly("ua.desk", "ua.dna", "ru.desk", "ru.dna", "tr.mediator", "icrc.observer",
                        "ua.children", "ru.children", "ua.supervisor", "ru.supervisor", "tr.supervisor");
        assertThat(scenario.accounts()).allSatisfy(a -> assertThat(a.account().role().partyKind())
                .isEqualTo(scenario.parties().stream().filter(p -> p.id().equals(a.account().party())).findFirst()
                        .orElseThrow().kind()));
    }

    @Test
    void eachBelligerentGrantsOneAccountChildrensCasesAndOneSupervisionAsDoesTheMediator() {
        for (String party : List.of("ua", "ru")) {
            assertThat(scenario.accounts()).filteredOn(a -> a.account().party().value().equals(party))
                    .filteredOn(a -> a.permissions().contains(Permission.CHILDREN)).hasSize(1);
        }
        assertThat(scenario.accounts()).filteredOn(a -> a.permissions().contains(Permission.SUPERVISOR))
                .extracting(a -> a.account().party().value()).containsExactly("ua", "ru", "tr");
        assertThat(scenario.accounts()).filteredOn(a -> a.account().username().endsWith(".desk"))
                .allSatisfy(a -> assertThat(a.permissions()).isEmpty());
    }

    @Test
    void eachBelligerentHoldsOverAThousandPrisoners() {
        assertThat(list(UA, ListPurpose.HOLDING, Category.POW).rows()).hasSizeGreaterThanOrEqualTo(1_200);
        assertThat(list(RU, ListPurpose.HOLDING, Category.POW).rows()).hasSizeGreaterThanOrEqualTo(1_200);
    }

    @Test
    void russiaHoldsSixThousandRemainsAndUkraineFewer() {
        assertThat(list(RU, ListPurpose.HOLDING, Category.REMAINS).rows()).hasSize(6_000);
        assertThat(list(UA, ListPurpose.HOLDING, Category.REMAINS).rows()).hasSizeBetween(300, 500);
    }

    @Test
    void theChildrensRequestNamesExactly339Children() {
        assertThat(list(UA, ListPurpose.REQUEST, Category.CHILD).rows()).hasSize(339)
                .allSatisfy(p -> assertThat(p.category()).isEqualTo(Category.CHILD))
                .extracting(Person::sex).contains(Sex.MALE, Sex.FEMALE);
    }

    @Test
    void everyChildIsAged0To17OnTheDayOfTheTalks() {
        for (long seed : new long[] {SEED, 1, 2, 3}) {
            Scenario s = seed == SEED ? scenario : Scenario.generate(seed);
            for (Person child : s.list(UA, ListPurpose.REQUEST, Category.CHILD).orElseThrow().rows()) {
                String where = "seed " + seed + ", row " + child.rowId();
                switch (child.birthDate()) {
                    case PartialDate.Day d -> assertThat(Period.between(d.date(), TALKS).getYears()).as(where).isBetween(0, 17);
                    case PartialDate.Year y -> assertThat(y.year()).as(where).isBetween(2007, 2025);
                    default -> assertThat(child.birthDate()).as(where).isInstanceOf(PartialDate.Day.class);
                }
            }
        }
    }

    @Test
    void rowIdsAreUniqueWithinEveryListAndListIdsAcrossLists() {
        for (PersonList l : scenario.lists()) {
            assertThat(l.rows()).extracting(Person::rowId).doesNotHaveDuplicates();
        }
        assertThat(scenario.lists()).extracting(l -> l.header().id()).doesNotHaveDuplicates();
    }

    @Test
    void patronymicsAgreeWithSexInEveryScriptAndList() {
        for (PersonList l : scenario.lists()) {
            for (Person p : l.rows()) {
                String patronymic = p.name().patronymic();
                if (patronymic.isEmpty()) {
                    continue;
                }
                if (p.sex() == Sex.FEMALE) {
                    assertThat(patronymic).as(p.rowId()).matches(".*(на|na)");
                } else if (p.sex() == Sex.MALE) {
                    assertThat(patronymic).as(p.rowId()).matches(".*(ич|іч|ich|ych)");
                }
            }
        }
    }

    @Test
    void russianWomenCarryFeminineSurnames() {
        List<Person> women = list(UA, ListPurpose.HOLDING, Category.POW).rows().stream()
                .filter(p -> p.sex() == Sex.FEMALE).toList();
        assertThat(women).isNotEmpty()
                .allSatisfy(w -> assertThat(w.name().surname()).as(w.rowId()).doesNotEndWith("ов").doesNotEndWith("ев")
                        .doesNotEndWith("ский").doesNotEndWith("ин"));
    }

    @Test
    void commonSurnamesRecurAndSomePrisonersShareAFullName() {
        List<Person> rows = list(RU, ListPurpose.HOLDING, Category.POW).rows();
        Map<String, Long> bySurname = rows.stream().collect(Collectors.groupingBy(p -> p.name().surname(), Collectors.counting()));
        assertThat(bySurname.get("Шевченко")).isGreaterThanOrEqualTo(5);
        Map<String, Long> byName = rows.stream().collect(Collectors.groupingBy(p -> p.name().full(), Collectors.counting()));
        assertThat(byName.values()).anySatisfy(n -> assertThat(n).isGreaterThan(1));
    }

    @Test
    void brothersServeInOneUnit() {
        Map<String, Set<String>> givenNamesByFamilyAndUnit = list(UA, ListPurpose.HOLDING, Category.POW).rows().stream()
                .filter(p -> p.sex() == Sex.MALE && !p.unit().isEmpty() && !p.birthPlace().isEmpty()
                        && !p.name().patronymic().isEmpty())
                .collect(Collectors.groupingBy(p -> String.join("|", p.name().surname(), p.name().patronymic(),
                        p.birthPlace(), p.unit()), Collectors.mapping(p -> p.name().givenName(), Collectors.toSet())));
        assertThat(givenNamesByFamilyAndUnit.values()).filteredOn(names -> names.size() > 1).hasSizeGreaterThan(5);
    }

    @Test
    void everyTruthPairJoinsARequestRowToAnExistingHoldingRow() {
        Map<Object, Set<String>> rowsByList = scenario.lists().stream().collect(Collectors.toMap(
                l -> l.header().id(), l -> l.rows().stream().map(Person::rowId).collect(Collectors.toSet())));
        Map<Object, ListPurpose> purpose = scenario.lists().stream().collect(Collectors.toMap(
                l -> l.header().id(), l -> l.header().purpose()));
        assertThat(scenario.truth()).hasSizeGreaterThan(2_000).allSatisfy(t -> {
            assertThat(purpose.get(t.requestList())).isEqualTo(ListPurpose.REQUEST);
            assertThat(purpose.get(t.holdingList())).isEqualTo(ListPurpose.HOLDING);
            assertThat(rowsByList.get(t.requestList())).contains(t.requestRow());
            assertThat(rowsByList.get(t.holdingList())).contains(t.holdingRow());
        });
        assertThat(scenario.truth()).extracting(TruthPair::requestRow).doesNotHaveDuplicates();
    }

    @Test
    void requestsAlsoNamePeopleNobodyHolds() {
        for (PartyId requester : List.of(UA, RU)) {
            PersonList request = list(requester, ListPurpose.REQUEST, Category.POW);
            Set<String> matched = scenario.truth().stream().filter(t -> t.requestList().equals(request.header().id()))
                    .map(TruthPair::requestRow).collect(Collectors.toCollection(HashSet::new));
            assertThat(request.rows().size() - matched.size()).as(requester.value()).isGreaterThan(100);
        }
    }

    @Test
    void aFewPeopleAreRequestedTwiceUnderDifferentRows() {
        Map<String, Long> timesAsked = scenario.truth().stream()
                .collect(Collectors.groupingBy(t -> t.holdingList() + "/" + t.holdingRow(), Collectors.counting()));
        assertThat(timesAsked.values()).filteredOn(n -> n > 1).hasSizeBetween(5, 40);
    }

    @Test
    void russiaHoldsAHandfulOfUkrainianCiviliansThatUkraineAsksFor() {
        PersonList held = list(RU, ListPurpose.HOLDING, Category.CIVILIAN);
        PersonList asked = list(UA, ListPurpose.REQUEST, Category.CIVILIAN);
        assertThat(held.rows()).hasSizeBetween(10, 100).allSatisfy(p -> assertThat(p.militaryId()).isEmpty());
        assertThat(scenario.truth()).filteredOn(t -> t.requestList().equals(asked.header().id()))
                .isNotEmpty().allSatisfy(t -> assertThat(t.holdingList()).isEqualTo(held.header().id()));
    }

    @Test
    void theUkrainianRequestWritesSomeNamesInLatinAndTheRussianHoldingInRussianForms() {
        Function<List<Person>, Long> latin = rows -> rows.stream()
                .filter(p -> p.name().surname().chars().allMatch(c -> c < 0x400)).count();
        assertThat(latin.apply(list(UA, ListPurpose.REQUEST, Category.POW).rows())).isGreaterThan(50);
        assertThat(list(RU, ListPurpose.HOLDING, Category.POW).rows()).extracting(p -> p.name().patronymic())
                .anySatisfy(p -> assertThat(p).endsWith("евич")).anySatisfy(p -> assertThat(p).endsWith("ійович"));
    }

    @Test
    void aWholeScenarioIsGeneratedInUnderASecond() {
        Scenario.generate(1);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            Scenario.generate(2 + run);
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("Scenario.generate, best of 3 warm runs: " + best + " ms");
        assertThat(best).isLessThan(1_000);
    }
}
