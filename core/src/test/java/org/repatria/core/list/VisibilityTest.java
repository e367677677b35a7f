package org.repatria.core.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;

class VisibilityTest {
    static final PartyId UA = new PartyId("ua");
    static final PartyId RU = new PartyId("ru");
    static final PartyId ICRC = new PartyId("icrc");
    static final PartyId UN = new PartyId("un");
    final Account uaDesk = new Account("ua-desk", "", UA, Role.PARTY_DESK);
    final Account ruDesk = new Account("ru-desk", "", RU, Role.PARTY_DESK);
    final Account ruLab = new Account("ru-lab", "", RU, Role.IDENTIFICATION);
    final Account mediator = new Account("icrc-desk", "", ICRC, Role.MEDIATOR);
    final Account observer = new Account("un-observer", "", UN, Role.OBSERVER);
    final ListHeader uaPows = Lists.header(UA, Category.POW, 0);
    final ListHeader ruRemains = Lists.header(RU, Category.REMAINS, 0);

    @Test
    void partyReadsItsOwnList() {
        assertThat(Visibility.canRead(uaDesk, uaPows, Set.of())).isTrue();
    }

    @Test
    void partyDoesNotReadTheOtherSidesListBeforeItIsRelayed() {
        assertThat(Visibility.canRead(ruDesk, uaPows, Set.of())).isFalse();
    }

    @Test
    void partyReadsTheOtherSidesListOnceRelayedToIt() {
        assertThat(Visibility.canRead(ruDesk, uaPows, Set.of(RU))).isTrue();
    }

    @Test
    void relayToSomeoneElseDoesNotOpenTheList() {
        assertThat(Visibility.canRead(ruDesk, uaPows, Set.of(UN))).isFalse();
    }

    @Test
    void mediatorReadsEveryListWhetherRelayedOrNot() {
        assertThat(Visibility.canRead(mediator, uaPows, Set.of())).isTrue();
        assertThat(Visibility.canRead(mediator, ruRemains, Set.of())).isTrue();
    }

    @Test
    void observerReadsOnlyWhatWasRelayedToIt() {
        assertThat(Visibility.canRead(observer, uaPows, Set.of())).isFalse();
        assertThat(Visibility.canRead(observer, uaPows, Set.of(UN))).isTrue();
    }

    @Test
    void identificationUnitReadsRemainsLists() {
        assertThat(Visibility.canRead(ruLab, ruRemains, Set.of())).isTrue();
    }

    @Test
    void identificationUnitDoesNotReadOtherCategoriesEvenOfItsOwnParty() {
        ListHeader ruChildren = Lists.header(RU, Category.CHILD, 0);

        assertThat(Visibility.canRead(ruLab, ruChildren, Set.of())).isFalse();
        assertThat(Visibility.canRead(ruLab, uaPows, Set.of(RU))).isFalse();
    }

    @Test
    void identificationUnitDoesNotReadTheOtherSidesRemainsBeforeTheyAreRelayed() {
        ListHeader uaRemains = Lists.header(UA, Category.REMAINS, 0);

        assertThat(Visibility.canRead(ruLab, uaRemains, Set.of())).isFalse();
        assertThat(Visibility.canRead(ruLab, uaRemains, Set.of(RU))).isTrue();
    }
}
