package org.repatria.store.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

/** Reviewers' decisions on a child's candidates (V13), on every engine. */
class CandidateDecisionsTest extends OnEveryEngine {
    private static final Instant AT = Instant.parse("2025-09-01T10:00:00.123456789Z");

    private ListId children() {
        ListId id = new ListId(UUID.randomUUID());
        People.addParties(store());
        store().lists().add(new PersonList(new ListHeader(id, People.UA, ListPurpose.REQUEST, Category.CHILD,
                "Діти", AT, 1), List.of(new Person("1", new PersonName("Коваленко", "Марія", ""), new PersonName("", "", ""),
                Sex.FEMALE, PartialDate.parseIso("2012"), "", "", "", "", Category.CHILD))));
        return id;
    }

    @Test
    void aDecisionIsReadBackWithWhoAndWhen() {
        ListId list = children();

        store().candidateDecisions().decide(new CandidateDecision(list, "1", "list|x|ru|h1", "Иванова Мария", true, "ua-children", AT));

        assertThat(store().candidateDecisions().of(list, "1"))
                .containsExactly(new CandidateDecision(list, "1", "list|x|ru|h1", "Иванова Мария", true, "ua-children", AT));
    }

    @Test
    void aLaterDecisionOnTheSameCandidateReplacesTheEarlier() {
        ListId list = children();
        store().candidateDecisions().decide(new CandidateDecision(list, "1", "k", "label", true, "a", AT));

        store().candidateDecisions().decide(new CandidateDecision(list, "1", "k", "label", false, "b", AT.plusSeconds(60)));

        assertThat(store().candidateDecisions().of(list, "1")).singleElement()
                .satisfies(d -> assertThat(d.confirmed()).isFalse());
    }
}
