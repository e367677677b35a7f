package org.repatria.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.store.People;
import org.repatria.store.Store;
import org.repatria.store.StoreException;
import org.repatria.store.reads.ReadFilter;
import org.repatria.store.reads.ReadKind;
import org.repatria.store.reads.ReadPage;
import org.repatria.store.reads.RecordedRead;

/** The backup carries the record of reads: restored, the supervisors see who read what; a tampered segment is refused. */
class RecordOfReadsBackupTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final String SEGMENT = "reads-00000001.log";
    private static final String PARTY = "UA";
    @TempDir
    Path dir;
    private Path backup;

    @BeforeEach
    void backupOfAStoreWithRecordedReads() {
        try (Store store = Store.embedded(dir.resolve("a"))) {
            People.addParties(store);
            store.reads().append(T0, "ua-desk", PARTY, "desk", ReadKind.PERSONS, "list-1", List.of("row-1"), 12);
            store.reads().append(T0.plusSeconds(60), "icrc-unit", PARTY, "unit", ReadKind.GENETIC, "case-7", List.of(), 1);
            backup = store.backups().write(dir.resolve("b.zip"), false).file();
        }
    }

    @Test
    void aRestoredStoreShowsTheRecordedReadsToItsSupervisors() throws IOException {
        BackupManifest.SegmentEntry listed = Archive.read(backup).manifest().reads().getFirst();
        assertThat(listed.name()).isEqualTo(SEGMENT);
        assertThat(listed.bytes()).isEqualTo(Files.size(dir.resolve("a").resolve(Store.READS).resolve(SEGMENT)));
        try (Store store = Store.embedded(dir.resolve("restored"))) {
            store.backups().restore(backup, false);
            ReadPage page = store.reads().page(new ReadFilter(Optional.of(PARTY), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), 0, 50));
            assertThat(page.reads()).extracting(RecordedRead::username).containsExactly("icrc-unit", "ua-desk");
            assertThat(page.broken()).isEmpty();
            assertThat(store.reads().append(T0.plusSeconds(120), "ua-desk", PARTY, "desk", ReadKind.CHILDREN, "list-2",
                    List.of(), 3).seq()).isEqualTo(3);
        }
    }

    @Test
    void aSegmentWhoseBytesChangedIsRefusedNamingItAndNothingIsRestored() throws IOException {
        Path tampered = rewritten(backup, SEGMENT, UnaryOperator.identity());
        try (Store store = Store.embedded(dir.resolve("restored"))) {
            assertThatThrownBy(() -> store.backups().restore(tampered, false)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("segment " + SEGMENT + " is refused").hasMessageContaining("SHA-256");
            assertThat(store.backups().rows()).isZero();
            assertThat(store.backups().recordOfReads().reads()).isZero();
        }
    }

    @Test
    void aSegmentEditedWithItsManifestLineRewrittenIsRefusedByTheChain() throws IOException {
        String rehashed = sha256(edited(segment(backup)));
        Path tampered = rewritten(backup, SEGMENT, manifest -> manifest.replaceAll(
                "reads " + SEGMENT + " (\\d+) [0-9a-f]{64}", "reads " + SEGMENT + " $1 " + rehashed));
        try (Store store = Store.embedded(dir.resolve("restored"))) {
            assertThatThrownBy(() -> store.backups().restore(tampered, false)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("segment " + SEGMENT + " is refused").hasMessageContaining("line 2")
                    .hasMessageContaining("edited");
            assertThat(store.backups().rows()).isZero();
        }
    }

    @Test
    void aSegmentTheManifestListsButTheArchiveLacksIsRefusedNamingIt() throws IOException {
        Path lacking = rewritten(backup, "no such entry", UnaryOperator.identity(), "reads/" + SEGMENT);
        try (Store store = Store.embedded(dir.resolve("restored"))) {
            assertThatThrownBy(() -> store.backups().restore(lacking, false)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("segment " + SEGMENT + " is refused").hasMessageContaining("does not hold it");
        }
    }

    @Test
    void aRecordHoldingReadsIsRefusedWithoutReplaceAndSetAsideNotDeletedWithIt() throws IOException {
        Path data = dir.resolve("restored");
        try (Store store = Store.embedded(data)) {
            store.reads().append(T0, "ru-desk", "RU", "desk", ReadKind.PERSONS, "list-9", List.of(), 4);
        }
        try (Store store = Store.embedded(data)) {
            assertThatThrownBy(() -> store.backups().restore(backup, false)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("record of reads is not empty (1 reads").hasMessageContaining("--replace");
            store.backups().restore(backup, true);
            assertThat(store.backups().recordOfReads().reads()).isEqualTo(2);
        }
        try (var beside = Files.list(data)) {
            assertThat(beside.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith(Store.READS + ".replaced-"));
        }
    }

    // The archive with the segment's second line edited (case-7 -> case-8), the manifest passed through `manifest`,
    // and any entry named `dropped` left out.
    private Path rewritten(Path from, String segment, UnaryOperator<String> manifest, String... dropped) throws IOException {
        Path to = dir.resolve("tampered.zip");
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (List.of(dropped).contains(e.getName())) {
                    continue;
                }
                byte[] b = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals("reads/" + segment)) {
                    b = edited(b);
                } else if (e.getName().equals(Archive.MANIFEST)) {
                    b = manifest.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(b);
                out.closeEntry();
            }
        }
        return to;
    }

    private static byte[] segment(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return zip.getInputStream(zip.getEntry("reads/" + SEGMENT)).readAllBytes();
        }
    }

    private static byte[] edited(byte[] segment) {
        return new String(segment, StandardCharsets.UTF_8).replace("case-7", "case-8").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
