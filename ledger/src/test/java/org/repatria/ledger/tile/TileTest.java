package org.repatria.ledger.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tile coordinates, paths and layout as C2SP tlog-tiles defines them (its own examples). */
class TileTest {

    @Test
    void encodesTheIndexInThreeDigitElementsAsTheSpecExample() {
        assertThat(new Tile(0, 1234067, 256).path()).isEqualTo("tile/0/x001/x234/067");
        assertThat(new Tile(2, 0, 1).path()).isEqualTo("tile/2/000.p/1");
        assertThat(new Tile(0, 1000, 12).entriesPath()).isEqualTo("tile/entries/x001/000.p/12");
    }

    @Test
    void parsesThePathsItWrites() {
        for (Tile tile : List.of(new Tile(0, 1234067, 256), new Tile(3, 5, 17), new Tile(0, 999_999_999L, 1))) {
            assertThat(Tile.parse(tile.path())).isEqualTo(tile);
        }
        assertThat(Tile.parseEntries("tile/entries/x001/000.p/12")).isEqualTo(new Tile(0, 1000, 12));
    }

    @Test
    void refusesPathsOutsideTheSpec() {
        for (String bad : List.of("tile/0/1", "tile/0/x001", "tile/00/001", "tile/0/001.p/256", "tile/0/001.p/0",
                "tile/64/000", "tile/0/x000/001", "tile/0/../001", "tile/0/001.p/07")) {
            assertThatThrownBy(() -> Tile.parse(bad)).as(bad).isInstanceOf(TileException.class);
        }
    }

    @Test
    void aTreeOf70000EntriesHasTheTilesTheSpecLists() {
        List<Tile> tiles = TileLayout.tiles(70_000);
        assertThat(tiles.stream().filter(t -> t.level() == 0 && !t.isPartial())).hasSize(273);
        assertThat(tiles.stream().filter(t -> t.level() == 0 && t.isPartial())).containsExactly(new Tile(0, 273, 112));
        assertThat(tiles.stream().filter(t -> t.level() == 1)).containsExactly(new Tile(1, 0, 256), new Tile(1, 1, 17));
        assertThat(tiles.stream().filter(t -> t.level() == 2)).containsExactly(new Tile(2, 0, 1));
        assertThat(tiles).hasSize(273 + 1 + 2 + 1);
    }

    @Test
    void aTreeOf256EntriesHasOneFullTileAndAPartialTileAbove() {
        assertThat(TileLayout.tiles(256)).containsExactly(new Tile(0, 0, 256), new Tile(1, 0, 1));
    }

    @Test
    void growingATreeChangesOnlyNewAndWidenedTiles() {
        assertThat(TileLayout.changed(300, 600)).containsExactly(new Tile(0, 1, 256), new Tile(0, 2, 88), new Tile(1, 0, 2));
        assertThat(TileLayout.changed(600, 600)).isEmpty();
    }

    @Test
    void entryBundlesRoundTripAndRefuseTruncation() {
        List<byte[]> entries = List.of(new byte[0], new byte[] {1, 2, 3}, new byte[300]);
        byte[] bundle = EntryBundle.encode(entries);
        assertThat(bundle).hasSize(2 + 2 + 3 + 2 + 300);
        assertThat(bundle[3]).as("big-endian length 3").isEqualTo((byte) 3);
        assertThat(bundle[4]).isEqualTo((byte) 1);
        assertThat(EntryBundle.decode(bundle, "b")).usingElementComparator(java.util.Arrays::compare).containsExactlyElementsOf(entries);
        assertThatThrownBy(() -> EntryBundle.decode(java.util.Arrays.copyOf(bundle, bundle.length - 1), "tile/entries/000"))
                .hasMessageContaining("tile/entries/000 is truncated");
    }

    @Test
    void refusesAnEntryTooLongForABundle() {
        assertThatThrownBy(() -> EntryBundle.encode(List.of(new byte[65_536]))).hasMessageContaining("at most 65535");
    }
}
