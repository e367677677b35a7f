package org.repatria.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repatria.match.name.Name;

class AddressesTest {
    private static int level(String a, String b) {
        return level(new Address(List.of(a.split(" "))), new Address(List.of(b.split(" "))));
    }

    private static int level(Address a, Address b) {
        return Field.ADDRESS.level(new ProfilePair(livingAt(a), livingAt(b)));
    }

    private static Profile livingAt(Address address) {
        return new Profile(Name.EMPTY, Name.EMPTY, Name.EMPTY, (char) 0, Optional.empty(), Name.EMPTY, "",
                Name.EMPTY, address);
    }

    @Test
    void theSameWordsInAnotherOrderAreExact() {
        assertThat(level("12 shevchenka vul kyiv", "kyiv vul shevchenka 12")).isEqualTo(1);
    }

    @Test
    void aMisspeltStreetWithTheRestIntactIsMostlyTheSame() {
        assertThat(Field.ADDRESS.label(level("33 crozier circuit legacy 6166", "33 crozier crcuit legacy 6166")))
                .isEqualTo("mostly the same");
    }

    @Test
    void aHouseNumberOneOffIsAnotherHouse() {
        assertThat(level("14 wynn street", "15 wynn street")).isEqualTo(2);
        assertThat(level("14 wynn", "15 wynn")).isEqualTo(3);
    }

    @Test
    void addressesSharingLessThanAThirdDiffer() {
        assertThat(Field.ADDRESS.label(level("3 weavell place tilbrook 7018", "95 leahy place crestfield 6302")))
                .isEqualTo("different");
    }

    @Test
    void aMissingAddressIsLevelZero() {
        assertThat(level(Address.EMPTY, new Address(List.of("kyiv")))).isZero();
    }
}
