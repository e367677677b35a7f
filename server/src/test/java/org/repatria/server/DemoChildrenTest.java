package org.repatria.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.account.Permission;
import org.repatria.core.child.CaseField;
import org.repatria.core.child.CaseParticulars;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.demo.Scenario;
import org.repatria.store.Store;
import org.repatria.store.reunification.ReunionRecord;

/**
 * The demo as {@code repatria demo} seeds it has the children of issue 13: their cases with particulars and photographs,
 * the accounts that work them and supervise, and five children handed back and reunified (docs/decisions/0151).
 */
class DemoChildrenTest {
    @TempDir
    static Path dir;
    private static Store store;
    private static Scenario scenario;
    private static String progress;

    @BeforeAll
    static void seed() {
        store = Store.embedded(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        scenario = DemoScenario.seedIfEmpty(store, new PrintStream(out, true, StandardCharsets.UTF_8));
        progress = out.toString(StandardCharsets.UTF_8);
        System.out.println(progress);
    }

    @AfterAll
    static void close() {
        store.close();
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
