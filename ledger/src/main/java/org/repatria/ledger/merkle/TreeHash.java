package org.repatria.ledger.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The RFC 9162 §2.1.1 hash functions: leaf, interior node, and the empty tree. */
public final class TreeHash {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(TreeHash::newDigest);
    private static final Hash EMPTY = Hash.wrap(SHA256.get().digest());

    private TreeHash() {
    }

    /** MTH({}) = SHA-256() — the root of the empty tree (RFC 9162 §2.1.1). */
    public static Hash empty() {
        return EMPTY;
    }

    /** MTH({d(0)}) = SHA-256(0x00 || d(0)) — the hash of a leaf entry (RFC 9162 §2.1.1). */
    public static Hash leaf(byte[] entry) {
        MessageDigest digest = SHA256.get();
        digest.update((byte) 0x00);
        digest.update(entry);
        return Hash.wrap(digest.digest());
    }

    /** SHA-256(0x01 || left || right) — the hash of an interior node (RFC 9162 §2.1.1). */
    public static Hash node(Hash left, Hash right) {
        MessageDigest digest = SHA256.get();
        digest.update((byte) 0x01);
        digest.update(left.bytesUnsafe());
        digest.update(right.bytesUnsafe());
        return Hash.wrap(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
