package org.repatria.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.merkle.MerkleTree;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.SignedNote;
import org.repatria.ledger.tile.Publisher;

/**
 * A log of Repatria entries (submissions signed by a party key) built with the ledger library and published as C2SP
 * tiles into a directory, as a static web server would serve them. Tests tamper with the files directly.
 */
final class TestLog {
    static final String ORIGIN = "mediator.example/log";
    private static final Instant ISTANBUL = Instant.parse("2025-06-02T10:15:30Z");

    private final Path dir;
    private final NoteSigner key;
    private final NoteSigner party = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
    private final MerkleTree tree = MerkleTree.inMemory();
    private final List<byte[]> entries = new ArrayList<>();
    private final String flavour;
    private long published;
    private SignedCheckpoint checkpoint;

    private TestLog(Path dir, NoteSigner key, String flavour) {
        this.dir = dir;
        this.key = key;
        this.flavour = flavour;
    }

    /** A log of {@code size} entries published under {@code dir}. */
    static TestLog create(Path dir, int size) {
        return withKey(dir, NoteSigner.generate(ORIGIN, KeyType.ED25519, new SecureRandom()), size, "list");
    }

    /** A log signed by {@code key} whose documents differ by {@code flavour} (another history, same key). */
    static TestLog withKey(Path dir, NoteSigner key, int size, String flavour) {
        TestLog log = new TestLog(dir, key, flavour);
        log.append(size);
        log.publish();
        return log;
    }

    /** Appends {@code count} submissions signed by the party (not yet published). */
    TestLog append(int count) {
        return append(count, party);
    }

    /** Appends {@code count} submissions in the party's name, signed with {@code signer} (e.g. an impostor's key). */
    TestLog append(int count, NoteSigner signer) {
        for (int i = 0; i < count; i++) {
            int n = entries.size();
            byte[] document = (flavour + " " + n).getBytes(StandardCharsets.UTF_8);
            Envelope envelope = Envelope.of(DocumentType.PERSON_LIST, new PartyId("ua"), List.of(new PartyId("ru")),
                    document, ISTANBUL.plusSeconds(n), Optional.empty());
            EntryStatement statement = new EntryStatement(EntryKind.SUBMITTED, new PartyId("ua"), KeyCustody.OWN,
                    envelope.time(), envelope);
            byte[] entry = SignedNote.sign(statement.text(), signer).encoded();
            entries.add(entry);
            tree.append(entry);
        }
        return this;
    }

    /** Appends {@code count} plain entries, unsigned and cheap (for size and progress tests). */
    TestLog appendUnsigned(int count) {
        for (int i = 0; i < count; i++) {
            byte[] entry = ("entry " + entries.size() + "\n").getBytes(StandardCharsets.UTF_8);
            entries.add(entry);
            tree.append(entry);
        }
        return this;
    }

    /** Writes the new tiles and bundles and a new signed checkpoint. */
    SignedCheckpoint publish() {
        Publisher.publish(tree.hashes(), i -> entries.get((int) i), published, tree.size(), this::write);
        published = tree.size();
        checkpoint = SignedCheckpoint.sign(new Checkpoint(ORIGIN, tree.size(), tree.root()), key);
        write("checkpoint", checkpoint.encoded());
        return checkpoint;
    }

    /** A receipt for entry {@code index} under the latest checkpoint. */
    Receipt receipt(long index) {
        return new Receipt(index, entries.get((int) index), checkpoint.encoded(), tree.inclusionProof(index, tree.size()));
    }

    void write(String path, byte[] bytes) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] read(String path) {
        try {
            return Files.readAllBytes(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    /** The verifier key of the party (ua) that signs the submissions. */
    String partyVkey() {
        return party.verifier().encoded();
    }

    NoteSigner key() {
        return key;
    }

    String vkey() {
        return key.verifier().encoded();
    }

    SignedCheckpoint checkpoint() {
        return checkpoint;
    }

    MerkleTree tree() {
        return tree;
    }

    List<byte[]> entries() {
        return entries;
    }
}
