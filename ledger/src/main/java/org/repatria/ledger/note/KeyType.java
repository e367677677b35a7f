package org.repatria.ledger.note;

import java.util.Arrays;

/** Signature types of C2SP signed-note used here: both are Ed25519 keys, told apart by the type byte in the key ID. */
public enum KeyType {
    /** 0x01: Ed25519 signatures over the note text (log checkpoints, documents). */
    ED25519((byte) 0x01),
    /** 0x04: timestamped Ed25519 checkpoint cosignatures (C2SP tlog-cosignature, witnesses). */
    COSIGNATURE_V1((byte) 0x04);

    private final byte id;

    KeyType(byte id) {
        this.id = id;
    }

    /** The signature type identifier byte. */
    public byte id() {
        return id;
    }

    static KeyType of(byte id) {
        return Arrays.stream(values()).filter(t -> t.id == id).findFirst()
                .orElseThrow(() -> new NoteException("unsupported signature type 0x" + Integer.toHexString(id & 0xff)
                        + "; only Ed25519 (0x01) and Ed25519 cosignatures (0x04) are supported"));
    }
}
