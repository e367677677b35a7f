// Command tlogcheck audits a C2SP tiled log written to a directory, using only the Go checksum
// database's independent implementation (golang.org/x/mod/sumdb/note and .../tlog), not Repatria's code.
//
// Usage: tlogcheck DIR VKEY [OLD_SIZE OLD_ROOT_BASE64]
//
// It verifies DIR/checkpoint with the note verifier key VKEY, reads hash tiles through tlog's
// TileHashReader (which authenticates every tile against the checkpoint's root), recomputes the root,
// checks that every entry of every entry bundle hashes to its leaf hash, checks inclusion proofs and,
// given an older checkpoint's size and root, a consistency proof. It prints "OK <size>" and exits 0,
// or prints what failed and exits 1.
//
// Path mapping: x/mod names a tile "tile/8/<L>/<N>[.p/<W>]" (it includes the tile height, always 8
// here); C2SP tlog-tiles names the same tile "tile/<L>/<N>[.p/<W>]". The <N> and .p/<W> encodings are
// identical, so the C2SP path is x/mod's with the "8/" element removed. Entry bundles are C2SP-only:
// "tile/entries/<N>[.p/<W>]" with <N> encoded as for a level-0 tile.
package main

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

const height = 8

type dirTiles struct{ dir string }

func c2spPath(t tlog.Tile) string {
	return "tile/" + strings.TrimPrefix(t.Path(), fmt.Sprintf("tile/%d/", height))
}

func (d dirTiles) Height() int { return height }

func (d dirTiles) ReadTiles(tiles []tlog.Tile) ([][]byte, error) {
	out := make([][]byte, len(tiles))
	for i, t := range tiles {
		data, err := os.ReadFile(filepath.Join(d.dir, filepath.FromSlash(c2spPath(t))))
		if err != nil {
			return nil, err
		}
		out[i] = data
	}
	return out, nil
}

func (d dirTiles) SaveTiles(tiles []tlog.Tile, data [][]byte) {}

func fail(format string, args ...interface{}) {
	fmt.Printf("FAIL "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	if len(os.Args) != 3 && len(os.Args) != 5 {
		fail("usage: tlogcheck DIR VKEY [OLD_SIZE OLD_ROOT_BASE64]")
	}
	dir := os.Args[1]
	verifier, err := note.NewVerifier(os.Args[2])
	if err != nil {
		fail("verifier key: %v", err)
	}
	msg, err := os.ReadFile(filepath.Join(dir, "checkpoint"))
	if err != nil {
		fail("checkpoint: %v", err)
	}
	n, err := note.Open(msg, note.VerifierList(verifier))
	if err != nil {
		fail("checkpoint signature: %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(n.Text, "\n"), "\n")
	if len(lines) < 3 {
		fail("checkpoint has %d lines", len(lines))
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil {
		fail("checkpoint size: %v", err)
	}
	root, err := decodeHash(lines[2])
	if err != nil {
		fail("checkpoint root: %v", err)
	}
	tree := tlog.Tree{N: size, Hash: root}
	reader := tlog.TileHashReader(tree, dirTiles{dir})

	th, err := tlog.TreeHash(size, reader)
	if err != nil {
		fail("tree hash from tiles: %v", err)
	}
	if th != root {
		fail("tiles hash to %v, checkpoint says %v", th, root)
	}
	checkEntries(dir, size, root, reader)
	if len(os.Args) == 5 {
		oldSize, err := strconv.ParseInt(os.Args[3], 10, 64)
		if err != nil {
			fail("old size: %v", err)
		}
		oldRoot, err := decodeHash(os.Args[4])
		if err != nil {
			fail("old root: %v", err)
		}
		proof, err := tlog.ProveTree(size, oldSize, reader)
		if err != nil {
			fail("consistency proof from tiles: %v", err)
		}
		if err := tlog.CheckTree(proof, size, root, oldSize, oldRoot); err != nil {
			fail("consistency %d -> %d: %v", oldSize, size, err)
		}
	}
	fmt.Printf("OK %d\n", size)
}

func checkEntries(dir string, size int64, root tlog.Hash, reader tlog.HashReader) {
	for k := int64(0); k*256 < size; k++ {
		w := size - k*256
		if w > 256 {
			w = 256
		}
		tile := tlog.Tile{H: height, L: 0, N: k, W: int(w)}
		bundlePath := "tile/entries/" + strings.TrimPrefix(tile.Path(), fmt.Sprintf("tile/%d/0/", height))
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(bundlePath)))
		if err != nil {
			fail("entry bundle: %v", err)
		}
		var entries [][]byte
		for len(data) > 0 {
			if len(data) < 2 {
				fail("%s: truncated length", bundlePath)
			}
			l := int(binary.BigEndian.Uint16(data))
			if len(data) < 2+l {
				fail("%s: truncated entry", bundlePath)
			}
			entries = append(entries, data[2:2+l])
			data = data[2+l:]
		}
		if int64(len(entries)) != w {
			fail("%s holds %d entries, want %d", bundlePath, len(entries), w)
		}
		indexes := make([]int64, w)
		for j := range indexes {
			indexes[j] = tlog.StoredHashIndex(0, k*256+int64(j))
		}
		hashes, err := reader.ReadHashes(indexes)
		if err != nil {
			fail("leaf hashes of %s: %v", bundlePath, err)
		}
		for j, e := range entries {
			if tlog.RecordHash(e) != hashes[j] {
				fail("entry %d does not hash to its leaf hash", k*256+int64(j))
			}
		}
		// One inclusion proof per bundle, for its last entry.
		last := k*256 + w - 1
		proof, err := tlog.ProveRecord(size, last, reader)
		if err != nil {
			fail("inclusion proof of %d: %v", last, err)
		}
		if err := tlog.CheckRecord(proof, size, root, last, tlog.RecordHash(entries[w-1])); err != nil {
			fail("inclusion of %d: %v", last, err)
		}
	}
}

func decodeHash(s string) (tlog.Hash, error) {
	var h tlog.Hash
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(b) != len(h) {
		return h, fmt.Errorf("not a base64 SHA-256 hash: %q", s)
	}
	copy(h[:], b)
	return h, nil
}
