package org.repatria.server.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.repatria.kinship.pedigree.Family;
import org.repatria.kinship.pedigree.Member;
import org.repatria.kinship.pedigree.Sex;

/** The pedigree layout: generations top-down, partners side by side, one line per parent and child. */
class PedigreeDrawingTest {
    // dvir's example2, family F1: missing father M1, his wife R1 (genotyped), their missing son M2.
    private static final Family F1 = new Family("F1", List.of(
            new Member("M1", Optional.empty(), Optional.empty(), Sex.MALE, Optional.empty(), true),
            new Member("R1", Optional.empty(), Optional.empty(), Sex.FEMALE, Optional.of("R1"), false),
            new Member("M2", Optional.of("M1"), Optional.of("R1"), Sex.MALE, Optional.empty(), true)));

    @Test
    void parentsShareARowAndALineAboveTheirChild() {
        PedigreeDrawing d = PedigreeDrawing.of(F1, "M2");

        var byId = d.nodes().stream().collect(Collectors.toMap(PedigreeDrawing.Node::id, n -> n));
        assertThat(byId.get("M1").y()).isEqualTo(byId.get("R1").y()).isLessThan(byId.get("M2").y());
        assertThat(byId.get("M2").x()).isBetween(Math.min(byId.get("M1").x(), byId.get("R1").x()),
                Math.max(byId.get("M1").x(), byId.get("R1").x()));
        int left = Math.min(byId.get("M1").x(), byId.get("R1").x());
        int right = Math.max(byId.get("M1").x(), byId.get("R1").x());
        var couple = new PedigreeDrawing.Line(left + PedigreeDrawing.SIZE / 2, byId.get("R1").y(),
                right - PedigreeDrawing.SIZE / 2, byId.get("R1").y());
        assertThat(d.lines()).contains(couple)
                .anyMatch(l -> l.x2() == byId.get("M2").x() && l.y2() == byId.get("M2").top());
    }

    @Test
    void nodesCarrySexGenotypingMissingAndTheCandidatesTarget() {
        PedigreeDrawing d = PedigreeDrawing.of(F1, "M2");

        assertThat(d.nodes()).extracting(PedigreeDrawing.Node::id, PedigreeDrawing.Node::sex, PedigreeDrawing.Node::genotyped,
                        PedigreeDrawing.Node::missing, PedigreeDrawing.Node::target)
                .containsExactlyInAnyOrder(
                        tuple("M1", Sex.MALE, false, true, false),
                        tuple("R1", Sex.FEMALE, true, false, false),
                        tuple("M2", Sex.MALE, false, true, true));
    }

    @Test
    void aParentTheReaderAddedForASingleGivenParentIsNotDrawn() {
        Family oneParent = new Family("F2", List.of(
                new Member("R2", Optional.empty(), Optional.empty(), Sex.FEMALE, Optional.of("R2"), false),
                new Member("M3", Optional.empty(), Optional.of("R2"), Sex.MALE, Optional.empty(), true)));

        PedigreeDrawing d = PedigreeDrawing.of(oneParent, "M3");

        assertThat(d.nodes()).extracting(PedigreeDrawing.Node::id).containsExactlyInAnyOrder("R2", "M3");
        assertThat(d.lines()).isNotEmpty().allMatch(l -> l.x1() == l.x2() || l.y1() == l.y2()) // no diagonal
                .anyMatch(l -> l.y2() == d.nodes().stream().filter(nd -> nd.id().equals("M3")).findFirst().orElseThrow().top());
    }

    @Test
    void theDrawingIsWideAndTallEnoughForEveryNodeAndLabel() {
        PedigreeDrawing d = PedigreeDrawing.of(F1, "M2");

        assertThat(d.nodes()).allMatch(n -> n.left() >= 0 && n.left() + n.size() <= d.width() && n.labelY() <= d.height());
    }
}
