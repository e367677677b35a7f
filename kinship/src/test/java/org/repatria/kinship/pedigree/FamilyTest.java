package org.repatria.kinship.pedigree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pedigree is checked when built, and knows its founders, ancestry and inbreeding. */
class FamilyTest {

    private static Member m(String id, String father, String mother, Sex sex) {
        return new Member(id, Optional.ofNullable(father), Optional.ofNullable(mother), sex, Optional.empty(), id.startsWith("M"));
    }

    @Test
    void aChildWithOneParentGivenGetsAnImplicitOtherParent() {
        Family f = new Family("F", List.of(m("R", null, null, Sex.MALE), m("M", "R", null, Sex.FEMALE)));
        int child = f.indexOf("M").orElseThrow();
        assertThat(f.father(child)).isEqualTo(f.indexOf("R").orElseThrow());
        assertThat(f.member(f.mother(child)).id()).isEqualTo("M~mother");
    }

    @Test
    void parentNotInTheFamilyIsRefusedNamingTheChild() {
        assertThatThrownBy(() -> new Family("F", List.of(m("M", "X", "Y", Sex.MALE))))
                .isInstanceOf(PedigreeException.class).hasMessageContaining("member M: parent X is not a member");
    }

    @Test
    void childOfFirstCousinsIsInbredAndTheirParentsAreNot() {
        Family f = new Family("F", List.of(m("GF", null, null, Sex.MALE), m("GM", null, null, Sex.FEMALE),
                m("A", "GF", "GM", Sex.MALE), m("B", "GF", "GM", Sex.FEMALE), m("SA", null, null, Sex.FEMALE),
                m("SB", null, null, Sex.MALE), m("C", "A", "SA", Sex.MALE), m("D", "SB", "B", Sex.FEMALE),
                m("MX", "C", "D", Sex.MALE)));
        assertThat(f.inbred(f.indexOf("MX").orElseThrow())).isTrue();
        assertThat(f.inbred(f.indexOf("C").orElseThrow())).isFalse();
    }
}
