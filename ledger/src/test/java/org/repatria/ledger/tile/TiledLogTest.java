package org.repatria.ledger.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.CheckpointException;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.proof.ProofException;

/** Reading a published log back through its tiles, and what the reader says about tampered resources. */
class TiledLogTest {
    private static final int SIZE = 70_000 / 100 + 3;

    @Test
    void readsAndVerifiesEveryEntryOfAPublishedLog() {
        LogFixture log = LogFixture.withEntries("example.org/log", SIZE, 1);
        TiledLog reader = new TiledLog(log.fetcher());
        Checkpoint checkpoint = reader.checkpoint(log.key().verifier()).checkpoint();
        List<Long> seen = new ArrayList<>();
        reader.verifyAll(checkpoint, (entry, index) -> {
            assertThat(entry).isEqualTo(log.entries().get((int) index));
            seen.add(index);
        });
        assertThat(seen).hasSize(SIZE);
        assertThat(reader.root(SIZE)).isEqualTo(log.tree().root());
    }

    @Test
    void anEmptyLogVerifies() {
        LogFixture log = LogFixture.withEntries("example.org/log", 0, 15);
        TiledLog reader = new TiledLog(log.fetcher());
        Checkpoint checkpoint = reader.checkpoint(log.key().verifier()).checkpoint();
        assertThat(checkpoint.size()).isZero();
        assertThatCode(() -> reader.verifyAll(checkpoint, (e, i) -> { })).doesNotThrowAnyException();
    }

    @Test
    void handsOverNoEntryOfATreeThatDoesNotMatchTheCheckpoint() {
        LogFixture log = LogFixture.withEntries("example.org/log", SIZE, 16);
        LogFixture other = LogFixture.withEntries("example.org/log", SIZE, 17);
        log.files().put("checkpoint", SignedCheckpoint.sign(new Checkpoint("example.org/log", SIZE, other.tree().root()),
                log.key()).encoded());
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> {
            TiledLog reader = new TiledLog(log.fetcher());
            reader.verifyAll(reader.checkpoint(log.key().verifier()).checkpoint(), (e, i) -> seen.add(i));
        }).isInstanceOf(TileException.class);
        assertThat(seen).isEmpty();
    }

    @Test
    void buildsTheSameProofsFromTilesAsTheTree() {
        LogFixture log = LogFixture.withEntries("example.org/log", 70_000, 2);
        TiledLog reader = new TiledLog(log.fetcher());
        for (long index : new long[] {0, 255, 256, 65_535, 65_536, 69_999}) {
            assertThat(reader.inclusionProof(index, 70_000)).isEqualTo(log.tree().inclusionProof(index, 70_000));
        }
        assertThat(reader.root(70_000)).isEqualTo(log.tree().root());
    }

    @Test
    void readsOneEntryCheckedAgainstTheRoot() {
        LogFixture log = LogFixture.withEntries("example.org/log", SIZE, 3);
        TiledLog reader = new TiledLog(log.fetcher());
        Checkpoint checkpoint = reader.checkpoint(log.key().verifier()).checkpoint();
        assertThat(reader.entry(300, checkpoint)).isEqualTo(log.entries().get(300));
        assertThatThrownBy(() -> reader.entry(SIZE, checkpoint)).hasMessageContaining("is not in the log's " + SIZE + " entries");
    }

    @Test
    void acceptsAGrownLogAsConsistentWithItsEarlierCheckpoint() {
        LogFixture log = LogFixture.withEntries("example.org/log", 300, 4);
        Checkpoint older = new TiledLog(log.fetcher()).checkpoint(log.key().verifier()).checkpoint();
        log.append(500).publish();
        TiledLog reader = new TiledLog(log.fetcher());
        Checkpoint newer = reader.checkpoint(log.key().verifier()).checkpoint();
        assertThatCode(() -> reader.verifyConsistency(older, newer)).doesNotThrowAnyException();
        assertThatCode(() -> reader.verifyAll(newer, (e, i) -> { })).doesNotThrowAnyException();
    }

    @Test
    void fallsBackToTheFullTileWhenAPartialTileIsGone() {
        LogFixture log = LogFixture.withEntries("example.org/log", 300, 5);
        log.append(300).publish();
        log.files().remove("tile/0/001.p/44");
        TiledLog reader = new TiledLog(log.fetcher());
        assertThat(reader.root(300)).isEqualTo(log.tree().root(300));
    }

    @Test
    void reportsAnAlteredEntry() {
        LogFixture log = LogFixture.withEntries("example.org/log", SIZE, 6);
        log.files().get("tile/entries/001")[10] ^= 1;
        assertThatThrownBy(() -> verifyAll(log)).isInstanceOf(TileException.class)
                .hasMessageContaining("entry 256 in tile/entries/001 does not match its leaf hash in tile/0/001");
    }

    @Test
    void reportsReorderedEntries() {
        LogFixture log = LogFixture.withEntries("example.org/log", SIZE, 7);
        List<byte[]> entries = new ArrayList<>(EntryBundle.decode(log.files().get("tile/entries/000"), "b"));
        entries.add(0, entries.remove(1));
        log.files().put("tile/entries/000", EntryBundle.encode(entries));
        assertThatThrownBy(() -> verifyAll(log)).hasMessageContaining("entry 0 in tile/entries/000 does not match");
    }

    @Test
    void reportsATruncatedLog() {
        LogFixture log = LogFixture.withEntries("example.org/log", SIZE, 8);
        List<byte[]> entries = EntryBundle.decode(log.files().get("tile/entries/002.p/191"), "b");
        log.files().put("tile/entries/002.p/191", EntryBundle.encode(entries.subList(0, 100)));
        assertThatThrownBy(() -> verifyAll(log)).hasMessageContaining("holds 100 entries, but tile/0/002.p/191 has 191");
    }

    @Test
    void reportsAnAlteredHashTile() {
        LogFixture log = LogFixture.withEntries("example.org/log", SIZE, 9);
        byte[] tile = log.files().get("tile/0/000");
        List<byte[]> entries = EntryBundle.decode(log.files().get("tile/entries/000"), "b");
        // Replace entry 7 and its leaf hash consistently: only the tile above can tell.
        entries.set(7, "forged".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.repatria.ledger.merkle.TreeHash.leaf(entries.get(7)).copyTo(tile, 7 * 32);
        log.files().put("tile/entries/000", EntryBundle.encode(entries));
        assertThatThrownBy(() -> verifyAll(log)).hasMessageContaining("tile/0/000 does not hash to its hash in tile/1/000.p/2");
    }

    @Test
    void reportsACheckpointOfADifferentTree() {
        LogFixture log = LogFixture.withEntries("example.org/log", SIZE, 10);
        LogFixture other = LogFixture.withEntries("example.org/log", SIZE, 11);
        Checkpoint foreign = new Checkpoint("example.org/log", SIZE, other.tree().root());
        log.files().put("checkpoint", SignedCheckpoint.sign(foreign, log.key()).encoded());
        assertThatThrownBy(() -> verifyAll(log)).hasMessageContaining("tiles are of a different tree than the checkpoint");
    }

    @Test
    void refusesACheckpointNotSignedByTheLogKey() {
        LogFixture log = LogFixture.withEntries("example.org/log", SIZE, 12);
        LogFixture impostor = LogFixture.withEntries("example.org/log", SIZE, 12);
        TiledLog reader = new TiledLog(log.fetcher());
        assertThatThrownBy(() -> reader.checkpoint(impostor.key().verifier())).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("no signature by the key");
    }

    @Test
    void refusesAnAlteredEntryReadByIndex() {
        LogFixture log = LogFixture.withEntries("example.org/log", SIZE, 13);
        log.files().get("tile/entries/001")[10] ^= 1;
        TiledLog reader = new TiledLog(log.fetcher());
        Checkpoint checkpoint = reader.checkpoint(log.key().verifier()).checkpoint();
        assertThatThrownBy(() -> reader.entry(256, checkpoint)).isInstanceOf(ProofException.class);
    }

    @Test
    void reportsAMissingTile() {
        LogFixture log = LogFixture.withEntries("example.org/log", SIZE, 14);
        log.files().remove("tile/0/001");
        assertThatThrownBy(() -> verifyAll(log)).hasMessageContaining("the log does not serve tile/0/001");
    }

    private static void verifyAll(LogFixture log) {
        TiledLog reader = new TiledLog(log.fetcher());
        reader.verifyAll(reader.checkpoint(log.key().verifier()).checkpoint(), (e, i) -> { });
    }
}
