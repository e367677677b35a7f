package org.repatria.store.reads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadRecordTest {
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private static final ReadRecord.Limits SMALL = new ReadRecord.Limits(1024, 3, 1_000, 5_000);

    @TempDir
    Path dir;

    private static RecordedRead read(ReadRecord r, int i, String user, int rows) {
        return r.append(T0.plusSeconds(i), user, "ua", "party_desk", ReadKind.PERSONS, "list rows", List.of("list-" + i), rows);
    }

    private static ReadFilter all() {
        return new ReadFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, ReadFilter.MAX_LIMIT);
    }

    @Test
    void readsSurviveARestartAndTheChainGoesOn() {
        try (ReadRecord r = ReadRecord.open(dir)) {
            read(r, 1, "a-desk", 5);
            read(r, 2, "a-desk", 7);
        }
        try (ReadRecord r = ReadRecord.open(dir)) {
            RecordedRead third = read(r, 3, "b-desk", 9);
            assertThat(third.seq()).isEqualTo(3);
            ReadPage page = r.page(all());
            assertThat(page.reads()).extracting(RecordedRead::rows).containsExactly(9, 7, 5);
            assertThat(page.broken()).isEmpty();
            assertThat(page.keptSince()).contains(T0.plusSeconds(1));
        }
    }

    @Test
    void anEditedLineIsFoundWithItsPlace() throws IOException {
        try (ReadRecord r = ReadRecord.open(dir)) {
            for (int i = 1; i <= 4; i++) {
                read(r, i, "a-desk", 5);
            }
        }
        Path segment = dir.resolve("reads-00000001.log");
        String text = Files.readString(segment, StandardCharsets.UTF_8);
        Files.writeString(segment, text.replaceFirst("list-2", "list-9"), StandardCharsets.UTF_8);
        try (ReadRecord r = ReadRecord.open(dir)) {
            assertThat(r.verify()).hasValueSatisfying(b -> {
                assertThat(b.line()).isEqualTo(2);
                assertThat(b.reason()).contains("edited");
            });
        }
    }

    @Test
    void aRemovedLineIsFound() throws IOException {
        try (ReadRecord r = ReadRecord.open(dir)) {
            for (int i = 1; i <= 4; i++) {
                read(r, i, "a-desk", 5);
            }
        }
        Path segment = dir.resolve("reads-00000001.log");
        List<String> lines = new ArrayList<>(Files.readAllLines(segment, StandardCharsets.UTF_8));
        lines.remove(1);
        Files.write(segment, lines, StandardCharsets.UTF_8);
        try (ReadRecord r = ReadRecord.open(dir)) {
            assertThat(r.page(all()).broken()).hasValueSatisfying(b -> assertThat(b.reason()).contains("removed"));
        }
    }

    @Test
    void aTornLastLineFromACrashIsCutAndTheChainHolds() throws IOException {
        try (ReadRecord r = ReadRecord.open(dir)) {
            read(r, 1, "a-desk", 5);
        }
        Files.writeString(dir.resolve("reads-00000001.log"), "2\t2026-12-07T09:00:02Z\ta-de", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        try (ReadRecord r = ReadRecord.open(dir)) {
            assertThat(read(r, 2, "a-desk", 6).seq()).isEqualTo(2);
            assertThat(r.verify()).isEmpty();
        }
    }

    @Test
    void whenFullTheOldestSegmentIsRotatedOutAndTheRecordStaysBounded() throws IOException {
        try (ReadRecord r = ReadRecord.open(dir, SMALL)) {
            for (int i = 1; i <= 200; i++) {
                read(r, i, "a-desk", 1);
            }
            try (var files = Files.list(dir)) {
                assertThat(files.count()).isEqualTo(3);
            }
            ReadPage page = r.page(all());
            assertThat(page.broken()).isEmpty();
            assertThat(page.total()).isLessThan(200);
            assertThat(page.reads().get(0).seq()).isEqualTo(200);
            assertThat(page.keptSince()).get().isNotEqualTo(T0.plusSeconds(1));
        }
    }

    @Test
    void aSegmentRemovedOutsideRotationIsFound() throws IOException {
        try (ReadRecord r = ReadRecord.open(dir, SMALL)) {
            for (int i = 1; i <= 10; i++) {
                read(r, i, "a-desk", 1);
            }
        }
        Files.delete(dir.resolve("reads-00000001.log"));
        try (ReadRecord r = ReadRecord.open(dir, SMALL)) {
            assertThat(r.verify()).hasValueSatisfying(b -> assertThat(b.reason()).contains("removed"));
        }
    }

    @Test
    void aReadOfAThousandRowsIsAMassRead() {
        try (ReadRecord r = ReadRecord.open(dir)) {
            assertThat(read(r, 1, "a-desk", 999).mass()).isFalse();
            assertThat(read(r, 2, "b-desk", 1_000).mass()).isTrue();
        }
    }

    @Test
    void anHourOfSmallReadsAddingToFiveThousandRowsIsAMassRead() {
        try (ReadRecord r = ReadRecord.open(dir)) {
            for (int i = 0; i < 9; i++) {
                assertThat(read(r, i * 60, "a-desk", 500).mass()).isFalse();
            }
            assertThat(read(r, 9 * 60, "a-desk", 500).mass()).isTrue();
            assertThat(read(r, 3 * 3600, "a-desk", 500).mass()).isFalse();
        }
    }

    @Test
    void theHourlyTallyIsRebuiltAfterARestart() {
        try (ReadRecord r = ReadRecord.open(dir)) {
            read(r, 1, "a-desk", 4_900);
        }
        try (ReadRecord r = ReadRecord.open(dir)) {
            assertThat(read(r, 2, "a-desk", 100).mass()).isTrue();
        }
    }

    @Test
    void massReadsAreListedFirstThenNewestFirst() {
        try (ReadRecord r = ReadRecord.open(dir)) {
            read(r, 1, "a-desk", 2_000);
            read(r, 2, "b-desk", 3);
            read(r, 3, "c-desk", 4);
            assertThat(r.page(all()).reads()).extracting(RecordedRead::username).containsExactly("a-desk", "c-desk", "b-desk");
        }
    }

    @Test
    void filtersSelectByPartyAccountKindTextAndTime() {
        try (ReadRecord r = ReadRecord.open(dir)) {
            read(r, 1, "a-desk", 1);
            r.append(T0.plusSeconds(2), "b-desk", "ru", "party_desk", ReadKind.CHILDREN, "case", List.of("list-x"), 1);
            r.append(T0.plusSeconds(3), "a-unit", "ua", "identification", ReadKind.GENETIC, "case", List.of("c-1"), 1);
            assertThat(r.page(new ReadFilter(Optional.of("ua"), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), 0, 10)).total()).isEqualTo(2);
            assertThat(r.page(new ReadFilter(Optional.empty(), Optional.of("b-desk"), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), 0, 10)).reads()).extracting(RecordedRead::kind).containsExactly(ReadKind.CHILDREN);
            assertThat(r.page(new ReadFilter(Optional.empty(), Optional.empty(), Optional.of(ReadKind.GENETIC), Optional.empty(),
                    Optional.empty(), Optional.empty(), 0, 10)).total()).isEqualTo(1);
            assertThat(r.page(new ReadFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("list-"),
                    Optional.empty(), Optional.empty(), 0, 10)).total()).isEqualTo(2);
            assertThat(r.page(new ReadFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(T0.plusSeconds(2)), Optional.of(T0.plusSeconds(3)), 0, 10)).reads())
                    .extracting(RecordedRead::username).containsExactly("b-desk");
        }
    }

    @Test
    void fieldsWithTabsCommasAndNewlinesComeBackAsWritten() {
        try (ReadRecord r = ReadRecord.open(dir)) {
            r.append(T0, "a-desk", "ua", "party_desk", ReadKind.PERSONS, "rows\tof, a\nlist", List.of("x,y", "z\\w"), 2);
        }
        try (ReadRecord r = ReadRecord.open(dir)) {
            RecordedRead back = r.page(all()).reads().get(0);
            assertThat(back.what()).isEqualTo("rows\tof, a\nlist");
            assertThat(back.ids()).containsExactly("x,y", "z\\w");
            assertThat(r.verify()).isEmpty();
        }
    }

    @Test
    void aReadNamingMoreIdsThanTheLimitKeepsTheFirstAndCountsTheRest() {
        try (ReadRecord r = ReadRecord.open(dir)) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                ids.add("row-" + i);
            }
            RecordedRead rec = r.append(T0, "a-desk", "ua", "party_desk", ReadKind.PERSONS, "rows", ids, 50);
            assertThat(rec.ids()).hasSize(ReadRecord.MAX_IDS).endsWith("+31 more");
        }
    }
}
