package org.repatria.store.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.Store;
import org.repatria.store.People;
import org.repatria.store.exchange.AgreementStep;
import org.repatria.store.exchange.CustodyRecord;
import org.repatria.store.exchange.HandoverCheck;
import org.repatria.store.exchange.StoredAgreement;
import org.repatria.store.exchange.StoredMove;
import org.repatria.store.exchange.StoredNomination;

/** The figures across exchanges as the database adds them up (issue 17, docs/decisions/0180), on every engine. */
class TalliesTest extends OnEveryEngine {
    private static final Instant AT = People.T0.plusSeconds(3600);
    private static final PersonList UA_LIST = People.list(People.UA, People.T0, People.pow("a1", "Бойко", "Іван", "", "", ""),
            People.pow("a2", "Коваль", "Петро", "", "", ""), People.pow("a3", "Шевчук", "Олег", "", "", ""));
    private static final PersonList RU_LIST = People.list(People.RU, People.T0.plusSeconds(1),
            People.pow("b1", "Иванов", "Иван", "", "", ""), People.pow("b2", "Петров", "Пётр", "", "", ""));

    private void twoExchanges() {
        twoExchanges(store());
    }

    /** Two agreements: p1 (prisoners) with two tranches crossed, r1 (remains) with nothing yet. */
    static void twoExchanges(Store store) {
        People.addParties(store);
        store.lists().add(UA_LIST);
        store.lists().add(RU_LIST);
        open(store, "p1", "PRISONERS", "e1");
        open(store, "r1", "REMAINS", "e2");
        store.exchanges().nominate("p1", List.of(nominee(People.UA, UA_LIST, "a1", "fit"),
                nominee(People.UA, UA_LIST, "a2", "seriously-wounded-or-sick"), nominee(People.UA, UA_LIST, "a3", "fit"),
                nominee(People.RU, RU_LIST, "b1", "fit"), nominee(People.RU, RU_LIST, "b2", "fit")), List.of());
        store.exchanges().recordHandover("p1", List.of(check(1, People.UA, UA_LIST, "a1", "HANDED_OVER"),
                check(1, People.UA, UA_LIST, "a1", "HANDED_OVER"), check(1, People.UA, UA_LIST, "a2", "HANDED_OVER"),
                check(1, People.RU, RU_LIST, "b1", "HANDED_OVER"), check(1, People.RU, RU_LIST, "b2", "ABSENT"),
                new HandoverCheck(1, People.RU, Optional.empty(), "stranger", "NOT_ON_MANIFEST", "", "desk", AT)), List.of(), List.of());
        store.exchanges().recordHandover("p1", List.of(check(2, People.UA, UA_LIST, "a3", "HANDED_OVER")), List.of(), List.of());
    }

    @Test
    void eachSidesPersonsHandedOverAreCountedOncePerTrancheByCategoryAndHealth() {
        twoExchanges();

        assertThat(store().tallies().handedOver()).containsExactlyInAnyOrder(
                line(1, People.UA, "fit", 1), line(1, People.UA, "seriously-wounded-or-sick", 1),
                line(1, People.RU, "fit", 1), line(2, People.UA, "fit", 1));
    }

    @Test
    void remainsCountBodiesReceivedBagsSampledAndBodiesIdentified() {
        twoExchanges();
        move("r1", RU_LIST, "b1", "HANDED_OVER", "RECEIVED");
        move("r1", RU_LIST, "b2", "HANDED_OVER", "RECEIVED");
        move("r1", RU_LIST, "b1", "RECEIVED", "IDENTIFIED");
        custody("bag-1", 1, "STORED");
        custody("bag-1", 2, "SAMPLED");
        custody("bag-1", 3, "SAMPLED");
        custody("bag-2", 1, "SAMPLED");

        assertThat(store().tallies().remains()).isEqualTo(Map.of("r1", new RemainsTally("r1", 2, 2, 1)));
    }

    @Test
    void nothingIsCountedBeforeAnybodyCrossed() {
        People.addParties(store());

        assertThat(store().tallies().handedOver()).isEmpty();
        assertThat(store().tallies().remains()).isEmpty();
    }

    private static void open(Store store, String id, String kind, String envelope) {
        store.exchanges().open(new StoredAgreement(id, kind, People.UA, People.RU, People.ICRC, People.T0,
                OptionalInt.empty()), new AgreementStep(1, AgreementStep.Kind.PROPOSAL, People.UA, envelope, "text", "desk",
                People.T0));
    }

    private static StoredNomination nominee(PartyId side, PersonList list, String row, String health) {
        return new StoredNomination(side, new PersonRef(list.header().id(), row), 1, false, health, true, "eligible",
                Optional.empty(), "desk", People.T0);
    }

    private static HandoverCheck check(int tranche, PartyId side, PersonList list, String row, String outcome) {
        return new HandoverCheck(tranche, side, Optional.of(new PersonRef(list.header().id(), row)), row, outcome, "", "desk",
                AT);
    }

    static HandedOver line(int tranche, PartyId side, String health, long persons) {
        return new HandedOver("p1", tranche, side, Category.POW, Optional.of(health), persons,
                Instant.ofEpochSecond(AT.getEpochSecond()));
    }

    private void move(String agreement, PersonList list, String row, String from, String to) {
        store().exchanges().move(agreement, List.of(new StoredMove(new PersonRef(list.header().id(), row), from, to, "desk",
                People.UA, AT, "test")));
    }

    private void custody(String bag, int number, String kind) {
        store().exchanges().addCustody("r1", new CustodyRecord(bag, number, kind, People.UA, "morgue", "", Optional.empty(),
                "desk", AT), List.of(), List.of());
    }
}
