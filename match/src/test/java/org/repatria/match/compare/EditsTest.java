package org.repatria.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditsTest {
    @Test
    void oneReplacedInsertedDeletedOrSwappedCharacterIsWithinOne() {
        assertThat(Edits.withinOne("holly", "hokly")).isTrue();
        assertThat(Edits.withinOne("flatman", "flatan")).isTrue();
        assertThat(Edits.withinOne("flatan", "flatman")).isTrue();
        assertThat(Edits.withinOne("8930836", "8938036")).isTrue();
        assertThat(Edits.withinOne("4086030", "4086300")).isTrue();
        assertThat(Edits.withinOne("martha", "marhta")).isTrue();
        assertThat(Edits.withinOne("same", "same")).isTrue();
    }

    @Test
    void twoEditsAreNotWithinOne() {
        assertThat(Edits.withinOne("jessica", "jesdicai")).isFalse();
        assertThat(Edits.withinOne("abcd", "badc")).isFalse();
        assertThat(Edits.withinOne("ivan", "ivanna")).isFalse();
        assertThat(Edits.withinOne("abc", "xyz")).isFalse();
    }
}
