package org.repatria.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;

/** The children's cases as the families give them: one per row, complete, removals in 2022-2024, some photographs. */
class ChildCasesTest {
    private static final long SEED = 20250602L;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static Scenario scenario;
    private static PersonList children;

    @BeforeAll
    static void generate() {
        scenario = Scenario.generate(SEED);
        children = scenario.list(new PartyId("ua"), ListPurpose.REQUEST, Category.CHILD).orElseThrow();
    }

    @Test
    void everyChildOfTheListHasOneCaseInRowOrder() {
        assertThat(scenario.childCases()).extracting(ChildCase::rowId)
                .containsExactlyElementsOf(children.rows().stream().map(Person::rowId).toList());
    }

    @Test
    void everyCaseNamesAGuardianWithAStandingAPhoneAnAddressAndADocument() {
        for (ChildCase c : scenario.childCases()) {
            assertThat(c.guardians()).allSatisfy(g -> {
                assertThat(g.name().surname()).isNotEmpty();
                assertThat(g.name().givenName()).isNotEmpty();
                assertThat(g.standing()).isIn("parent", "legal-guardian", "authorised-relative");
                assertThat(g.phone()).matches("\\+380 \\d{2} \\d{3} \\d{2} \\d{2}");
                assertThat(g.address()).isNotBlank();
                assertThat(g.documentType()).isNotBlank();
                assertThat(g.documentNumber()).matches("\\d{9}");
            });
            assertThat(c.lastAddress()).matches("(вул|просп)\\. .+, буд\\. \\d+.*");
        }
    }

    @Test
    void mostChildrenHaveBothOrOneParentAndSomeAGuardianInstead() {
        Map<String, Long> firstRelation = scenario.childCases().stream()
                .collect(Collectors.groupingBy(c -> c.guardians().getFirst().standing(), Collectors.counting()));
        assertThat(firstRelation.get("parent")).isGreaterThan(200);
        assertThat(firstRelation.get("legal-guardian")).isBetween(30L, 130L);
    }

    @Test
    void everyRemovalIsAfterBirthInTheOccupiedAreaBeforeTheTalksAndMostlyIn2022To2024() {
        Map<String, Person> rows = children.rows().stream().collect(Collectors.toMap(Person::rowId, Function.identity()));
        long in2022to2024 = 0;
        for (ChildCase c : scenario.childCases()) {
            LocalDate removed = c.removal().date();
            assertThat(removed).isBefore(LocalDate.of(2025, 6, 2));
            if (rows.get(c.rowId()).birthDate() instanceof PartialDate.Day(LocalDate birth)) {
                assertThat(removed).isAfterOrEqualTo(birth);
                assertThat(Period.between(birth, removed).getYears()).as("a child at the removal").isLessThan(18);
            }
            assertThat(c.removal().place()).containsAnyOf("обл.", "Крим");
            assertThat(c.removal().circumstances()).isNotBlank();
            if (removed.getYear() >= 2022 && removed.getYear() <= 2024) {
                in2022to2024++;
            }
        }
        assertThat(in2022to2024).isGreaterThan(300);
    }

    @Test
    void aboutAThirdHaveASmallPngPhotograph() {
        List<Portrait> photos = scenario.childCases().stream().flatMap(c -> c.photo().stream()).toList();
        assertThat(photos.size()).isBetween(90, 150);
        assertThat(photos).allSatisfy(p -> {
            assertThat(Arrays.copyOf(p.png(), 8)).isEqualTo(PNG_SIGNATURE);
            assertThat(p.png().length).isLessThan(2_000);
            assertThat(p.caption()).startsWith("фото");
        });
        assertThat(photos.stream().map(Portrait::sha256).distinct().count()).isGreaterThan(photos.size() * 9L / 10);
    }

    @Test
    void theSameSeedGivesTheSameCasesPhotographsIncluded() {
        assertThat(Scenario.generate(SEED).childCases()).isEqualTo(scenario.childCases());
    }

    @Test
    void someFamiliesKnowAnotherNameTheChildWasPlacedUnder() {
        List<ChildCase> withOther = scenario.childCases().stream().filter(c -> !c.otherNames().isEmpty()).toList();
        assertThat(withOther).isNotEmpty();
        Map<String, HeldChild> held = scenario.heldChildren().stream()
                .collect(Collectors.toMap(HeldChild::rowId, Function.identity()));
        assertThat(withOther).allSatisfy(c -> assertThat(c.otherNames().getFirst().name())
                .isEqualTo(held.get(c.rowId()).name()));
    }

    @Test
    void aScenarioWhoseYoungestChildWouldBeBornOnTheTalksDayStillGenerates() {
        Scenario other = Scenario.generate(5);
        assertThat(other.childCases()).allSatisfy(c -> assertThat(c.removal().date()).isBefore(LocalDate.of(2025, 6, 2)));
    }
}
