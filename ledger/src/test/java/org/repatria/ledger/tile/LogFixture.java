package org.repatria.ledger.tile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.merkle.MerkleTree;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;

/** A log built with our code and published as C2SP tiled resources in memory (path to bytes), for tests. */
public final class LogFixture {
    private final String origin;
    private final NoteSigner key;
    private final Random random;
    private final MerkleTree tree = MerkleTree.inMemory();
    private final List<byte[]> entries = new ArrayList<>();
    private final Map<String, byte[]> files = new TreeMap<>();
    private long publishedSize;

    private LogFixture(String origin, NoteSigner key, long seed) {
        this.origin = origin;
        this.key = key;
        this.random = new Random(seed);
    }

    /** A log with {@code size} entries published under a signed checkpoint; entries drawn from {@code seed}. */
    public static LogFixture withEntries(String origin, int size, long seed) {
        return withKey(origin, NoteSigner.generate(origin, KeyType.ED25519, new SecureRandom()), size, seed);
    }

    /** As {@link #withEntries}, signed with a given key (e.g. to model a log that rewrites its history). */
    public static LogFixture withKey(String origin, NoteSigner key, int size, long seed) {
        LogFixture log = new LogFixture(origin, key, seed);
        log.append(size);
        log.publish();
        return log;
    }

    /** Appends {@code count} entries of varied lengths (not yet published). */
    public LogFixture append(int count) {
        for (int i = 0; i < count; i++) {
            byte[] entry = ("entry " + entries.size() + " ").repeat(1 + random.nextInt(4)).getBytes(StandardCharsets.UTF_8);
            entries.add(entry);
            tree.append(entry);
        }
        return this;
    }

    /** Publishes the tiles and bundles since the last checkpoint and a new signed checkpoint. */
    public SignedCheckpoint publish() {
        Publisher.publish(tree.hashes(), i -> entries.get((int) i), publishedSize, tree.size(), files::put);
        publishedSize = tree.size();
        SignedCheckpoint checkpoint = SignedCheckpoint.sign(new Checkpoint(origin, tree.size(), tree.root()), key);
        files.put("checkpoint", checkpoint.encoded());
        return checkpoint;
    }

    /** The log's signing key. */
    public NoteSigner key() {
        return key;
    }

    /** The tree behind the log. */
    public MerkleTree tree() {
        return tree;
    }

    /** The entries, by index. */
    public List<byte[]> entries() {
        return entries;
    }

    /** The published resources, mutable so that tests can tamper with them. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** Reads the published resources. */
    public Fetcher fetcher() {
        return path -> Optional.ofNullable(files.get(path)).map(byte[]::clone);
    }

    /** Writes the published resources under {@code dir}, as a static web server would serve them. */
    public void writeTo(Path dir) {
        files.forEach((path, bytes) -> {
            try {
                Path file = dir.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
