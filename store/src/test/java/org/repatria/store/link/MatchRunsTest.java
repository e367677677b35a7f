package org.repatria.store.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.PersonList;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.link.StoredLink.Verdict;

class MatchRunsTest extends OnEveryEngine {
    private static final StoredLink REVIEW = new StoredLink(0, "7", "a", 0.3, false, "prior|-9.0", Verdict.PENDING,
            Optional.empty(), Optional.empty());
    private static final StoredLink MATCH = new StoredLink(1, "8", "b", 0.99, true, "prior|-9.0", Verdict.PENDING,
            Optional.empty(), Optional.empty());

    private MatchRun addRun() {
        People.addParties(store());
        PersonList left = People.list(People.UA, People.T0, People.pow("7", "Шевченко", "Іван", "1990", "MI-1", "u"));
        PersonList right = People.list(People.RU, People.T0, People.pow("a", "Шевченко", "Иван", "1990", "MI-1", "u"));
        store().lists().add(left);
        store().lists().add(right);
        MatchRun run = new MatchRun("r1", People.UA, left.header().id(), right.header().id(), "ua-desk", People.T0,
                MatchRun.State.RUNNING, "", 0);
        store().runs().add(run);
        return run;
    }

    @Test
    void finishedRunKeepsItsLinksInOrderAndIsDone() {
        addRun();
        store().runs().finish("r1", List.of(REVIEW, MATCH), 12);

        assertThat(store().runs().links("r1")).containsExactly(REVIEW, MATCH);
        assertThat(store().runs().find("r1").orElseThrow().state()).isEqualTo(MatchRun.State.DONE);
        assertThat(store().runs().find("r1").orElseThrow().candidatePairs()).isEqualTo(12);
    }

    @Test
    void aVerdictIsRecordedOnceWithWhoAndWhen() {
        addRun();
        store().runs().finish("r1", List.of(REVIEW), 1);

        assertThat(store().runs().decide("r1", 0, Verdict.CONFIRMED, "ua-desk", People.T0)).isTrue();
        assertThat(store().runs().decide("r1", 0, Verdict.REJECTED, "ua-desk", People.T0)).isFalse();
        assertThat(store().runs().link("r1", 0)).contains(new StoredLink(0, "7", "a", 0.3, false, "prior|-9.0",
                Verdict.CONFIRMED, Optional.of("ua-desk"), Optional.of(People.T0)));
    }

    @Test
    void runsLeftRunningAreMarkedFailedOnStart() {
        addRun();
        store().runs().abandonRunning("the server stopped");

        assertThat(store().runs().find("r1").orElseThrow().note()).isEqualTo("the server stopped");
        assertThat(store().runs().all()).extracting(MatchRun::state).containsExactly(MatchRun.State.FAILED);
    }
}
