package org.repatria.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.KinshipEngine;
import org.repatria.kinship.SharedData;
import org.repatria.kinship.csv.KinshipCsv;

/** The search over the sim-dvi scenario of ../shared/data (synthetic, with its truth). */
class SearchTest {

    private static final long SEED = 99L;
    private static final Path SIM = SharedData.root().resolve("sim-dvi/seed1-100x100");

    @TempDir
    Path dir;

    @Test
    void swappingTheTwoAllelesOfGenotypesChangesNothing() throws IOException {
        Random random = new Random(SEED);
        List<String> lines = Files.readAllLines(SIM.resolve("profiles.csv"));
        List<String> swapped = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            swapped.add(random.nextBoolean() ? String.join(",", f[0], f[1], f[3], f[2]) : line);
        }
        Files.write(dir.resolve("profiles.csv"), swapped);
        KinshipData original = SharedData.load(SIM, false);
        KinshipData other = KinshipCsv.read(new KinshipCsv.Files(SIM.resolve("frequencies.csv"), dir.resolve("profiles.csv"),
                SIM.resolve("remains.csv"), SIM.resolve("pedigrees.csv"), Optional.empty()), OptionalDouble.empty());
        assertThat(new KinshipEngine(other).search(-1000, Progress.none()))
                .as("seed %d", SEED).isEqualTo(new KinshipEngine(original).search(-1000, Progress.none()));
    }

    @Test
    void everyRemainsOfAFamilyFindsItAtTheTopWithALargeLrAndNoWrongFamilyDoes() throws IOException {
        KinshipData data = SharedData.load(SIM, false);
        List<Match> matches = new KinshipEngine(data).search(4, Progress.none());
        List<String> truth = Files.readAllLines(SIM.resolve("truth.csv"));
        Review review = Review.of(matches, 4);
        long right = 0;
        for (String line : truth.subList(1, truth.size())) {
            String[] f = line.split(",", -1);
            right += matches.stream().anyMatch(m -> m.remainsId().equals(f[0]) && m.familyId().equals(f[1])) ? 1 : 0;
        }
        assertThat(right).as("true pairs with LR >= 1e4 (dvir's dviSolve identifies 80)").isGreaterThanOrEqualTo(75);
        assertThat(matches).allMatch(m -> truth.contains(m.remainsId() + "," + m.familyId()));
        assertThat(review.remainsMatchingSeveral()).isEmpty();
    }

    @Test
    void pairsOfKnownDifferentSexAreNotCompared() {
        KinshipData data = SharedData.load(SharedData.root().resolve("dvir-examples/example2"), true);
        assertThat(new KinshipEngine(data).search(-1000, Progress.none()))
                .noneMatch(m -> m.remainsId().equals("V3") && !m.missingId().equals("M3"));
    }

    @Test
    void reviewFlagsRemainsAboveTheThresholdForSeveralMissingPersons() {
        List<Match> matches = List.of(new Match("V1", "F1", "M1", 5, 0), new Match("V1", "F2", "M2", 4.5, 0),
                new Match("V2", "F2", "M2", 6, 0), new Match("V3", "F3", "M3", 1, 0));
        Review review = Review.of(matches, 4);
        assertThat(review.remainsMatchingSeveral()).containsExactly("V1");
        assertThat(review.missingMatchedSeveral()).containsExactly(new Target("F2", "M2"));
        assertThat(review.byMissing().get(new Target("F2", "M2"))).extracting(Match::remainsId).containsExactly("V2", "V1");
        assertThat(review.byMissing()).doesNotContainKey(new Target("F3", "M3"));
    }

    @Test
    void twoSamplesOfOnePersonAreFoundAndUnrelatedSamplesAreNot() throws IOException {
        List<String> profiles = new ArrayList<>(Files.readAllLines(SIM.resolve("profiles.csv")));
        Files.readAllLines(SIM.resolve("profiles.csv")).stream().filter(l -> l.startsWith("V0001,"))
                .forEach(l -> profiles.add(l.replaceFirst("V0001,", "V0001b,")));
        Files.write(dir.resolve("profiles.csv"), profiles);
        List<String> remains = new ArrayList<>(Files.readAllLines(SIM.resolve("remains.csv")));
        remains.add("V0001b,");
        Files.write(dir.resolve("remains.csv"), remains);
        KinshipData data = KinshipCsv.read(new KinshipCsv.Files(SIM.resolve("frequencies.csv"), dir.resolve("profiles.csv"),
                dir.resolve("remains.csv"), SIM.resolve("pedigrees.csv"), Optional.empty()), OptionalDouble.empty());
        List<SamePerson> same = new KinshipEngine(data).samePerson(6, 0.01, 10);
        assertThat(same).singleElement().satisfies(p -> {
            assertThat(p.firstId() + p.secondId()).isEqualTo("V0001V0001b");
            assertThat(p.sharedMarkers()).isEqualTo(20);
        });
    }
}
