package org.repatria.store.genetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.PersonList;
import org.repatria.store.DuplicateException;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

class GeneticCasesTest extends OnEveryEngine {
    private static final CaseFiles FILES = new CaseFiles("marker,allele,frequency\nL1,1,1\n", "sample_id,marker,allele1,allele2\n",
            "sample_id,sex\nV1,1\n", "family_id,member_id,father_id,mother_id,sex,sample_id,missing\n", Optional.empty());
    private static final StoredMatch V1_M1 = new StoredMatch("V1", "F1", "M1", 3.25, 0);

    private GeneticCase addCase(String id) {
        People.addParties(store());
        GeneticCase c = new GeneticCase(id, People.UA, "Вагон 1", "ua-dna", People.T0, 1, 1, SearchState.none());
        store().cases().add(c, FILES);
        return c;
    }

    @Test
    void storedCaseIsFoundByItsPartyWithItsFilesAsGiven() {
        GeneticCase c = addCase("c1");

        assertThat(store().cases().find(People.UA, "c1")).contains(c);
        assertThat(store().cases().files("c1")).isEqualTo(FILES);
    }

    @Test
    void anotherPartyCannotFindTheCase() {
        addCase("c1");

        assertThat(store().cases().find(People.RU, "c1")).isEmpty();
        assertThat(store().cases().of(People.RU)).isEmpty();
    }

    @Test
    void aRunningSearchCannotBeStartedTwiceAndItsRowsReplaceTheOldOnes() {
        addCase("c1");
        assertThat(store().cases().startSearch("c1", 1.0)).isTrue();
        assertThat(store().cases().startSearch("c1", 1.0)).isFalse();
        store().cases().finishSearch("c1", List.of(V1_M1, new StoredMatch("V1", "F2", "M2", 1.5, 1)),
                List.of(new SamePersonPair("V1", "V2", 9.5, 15)));
        assertThat(store().cases().samePairs("c1")).containsExactly(new SamePersonPair("V1", "V2", 9.5, 15));
        store().cases().startSearch("c1", 2.0);
        store().cases().finishSearch("c1", List.of(V1_M1), List.of());

        assertThat(store().cases().matches("c1")).containsExactly(V1_M1);
        assertThat(store().cases().samePairs("c1")).isEmpty();
        assertThat(store().cases().find(People.UA, "c1").orElseThrow().search())
                .isEqualTo(new SearchState(SearchState.Status.DONE, 2.0, SearchState.DEFAULT_THETA, ""));
    }

    @Test
    void aCaseKeepsTheThetaItsLastSearchWasStartedWith() {
        addCase("c1");
        assertThat(store().cases().find(People.UA, "c1").orElseThrow().search().theta()).isEqualTo(SearchState.DEFAULT_THETA);

        store().cases().startSearch("c1", 4.0, 0.05);
        store().cases().finishSearch("c1", List.of(V1_M1), List.of());

        assertThat(store().cases().find(People.UA, "c1").orElseThrow().search())
                .isEqualTo(new SearchState(SearchState.Status.DONE, 4.0, 0.05, ""));
    }

    @Test
    void aSearchLeftRunningByAStoppedServerIsMarkedFailedSoItCanRunAgain() {
        addCase("c1");
        store().cases().startSearch("c1", 0);

        assertThat(store().cases().abandonRunning("run it again")).isEqualTo(1);
        assertThat(store().cases().find(People.UA, "c1").orElseThrow().search())
                .isEqualTo(new SearchState(SearchState.Status.FAILED, 0, SearchState.DEFAULT_THETA, "run it again"));
        assertThat(store().cases().startSearch("c1", 0)).isTrue();
    }

    @Test
    void remainsAreConfirmedOnceAndTheirListRowReadsIdentifiedForThatPartyOnly() {
        addCase("c1");
        PersonList request = People.list(People.UA, People.T0, People.pow("7", "Шевченко", "Іван", "1990", "MI-1", "u"));
        store().lists().add(request);
        var listId = Optional.of(request.header().id());
        store().cases().decisions().add(new Decision("d1", "c1", People.UA, V1_M1, true, "ua-dna", People.T0, listId, Optional.of("7")));

        assertThatThrownBy(() -> store().cases().decisions().add(
                new Decision("d2", "c1", People.UA, V1_M1, true, "ua-dna", People.T0, listId, Optional.of("7"))))
                .isInstanceOf(DuplicateException.class).hasMessageContaining("already confirmed");
        assertThat(store().cases().decisions().identifiedRows(request.header().id(), People.UA)).containsExactly("7");
        assertThat(store().cases().decisions().identifiedRows(request.header().id(), People.RU)).isEmpty();
    }

    @Test
    void rejectionsMayRepeatAndIdentifyNothing() {
        addCase("c1");
        for (String id : List.of("d1", "d2")) {
            store().cases().decisions().add(new Decision(id, "c1", People.UA, V1_M1, false, "ua-dna", People.T0,
                    Optional.empty(), Optional.empty()));
        }

        assertThat(store().cases().decisions().of("c1")).hasSize(2).noneMatch(Decision::confirmed);
    }
}
