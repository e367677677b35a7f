package org.repatria.store.log;

import java.util.List;
import java.util.Optional;
import org.repatria.core.party.PartyId;
import org.repatria.store.DuplicateException;
import org.repatria.store.internal.engine.Database;
import org.repatria.store.party.Parties;

/** Who signs on the log: the parties' verifier keys, the log's own signer keys, and the witnesses' cosignatures. */
public final class LogSigners {
    private final Database db;

    /** Signers read and written through {@code db}. */
    public LogSigners(Database db) {
        this.db = db;
    }

    /** The log's signer key under {@code name}, stored on first start. */
    public Optional<String> signerKey(String name) {
        return db.read("read the log key", h -> h.createQuery("SELECT signer FROM log_keys WHERE name = ?")
                .bind(0, name).mapTo(String.class).findOne());
    }

    /** Stores the log's signer key; {@link DuplicateException} when one is stored already. */
    public void keepSignerKey(String name, String signer) {
        db.write("store the log key", "a log key named " + name + " is stored already", h ->
                h.createUpdate("INSERT INTO log_keys (name, signer) VALUES (?, ?)").bind(0, name).bind(1, signer).execute());
    }

    /** Forgets a stored signer key; whether there was one. */
    public boolean forgetSignerKey(String name) {
        return db.write("forget the key " + name, h -> h.createUpdate("DELETE FROM log_keys WHERE name = ?")
                .bind(0, name).execute()) > 0;
    }

    /** Registers a party's verifier key; {@link DuplicateException} when the key is registered already. */
    public void addPartyKey(PartyId party, String vkey) {
        db.write("register a key of " + party, "this key is registered already", h -> {
            Parties.kindOf(h, party);
            return h.createUpdate("INSERT INTO party_keys (vkey, party_id) VALUES (?, ?)").bind(0, vkey)
                    .bind(1, party.value()).execute();
        });
    }

    /** The verifier keys registered for a party. */
    public List<String> partyKeys(PartyId party) {
        return db.read("read the keys of " + party, h -> h.createQuery(
                "SELECT vkey FROM party_keys WHERE party_id = ? ORDER BY vkey").bind(0, party.value())
                .mapTo(String.class).list());
    }

    /** Keeps a witness's cosigned checkpoint; a repeat for the same size and witness replaces nothing. */
    public void addCosignature(long size, String witness, byte[] note) {
        db.write("store a cosignature", "this witness already cosigned this checkpoint", h ->
                h.createUpdate("INSERT INTO log_cosignatures (size, witness, note) VALUES (?, ?, ?)").bind(0, size)
                        .bind(1, witness).bind(2, note).execute());
    }

    /** Every party's registered verifier keys (note and witness keys alike), by party, then key. */
    public List<PartyKey> allPartyKeys() {
        return db.read("read the parties' keys", h -> h.createQuery(
                "SELECT party_id, vkey FROM party_keys ORDER BY party_id, vkey")
                .map((rs, ctx) -> new PartyKey(new PartyId(rs.getString(1)), rs.getString(2))).list());
    }

    /** Each witness's cosignature of the largest checkpoint it cosigned, in the order of the witnesses' names. */
    public List<LatestCosignature> latestCosignatures() {
        return db.read("read the witnesses' latest cosignatures", h -> h.createQuery(
                "SELECT c.witness, c.size, c.note FROM log_cosignatures c WHERE c.size ="
                        + " (SELECT MAX(d.size) FROM log_cosignatures d WHERE d.witness = c.witness) ORDER BY c.witness")
                .map((rs, ctx) -> new LatestCosignature(rs.getString(1), rs.getLong(2), rs.getBytes(3))).list());
    }

    /** A verifier key registered for a party. */
    public record PartyKey(PartyId party, String vkey) {
    }

    /** A witness's cosigned note of the checkpoint of {@code size}, as the witness sent it. */
    public record LatestCosignature(String witness, long size, byte[] note) {
    }

    /** The cosigned notes witnesses sent for the checkpoint of {@code size}, in the order of the witnesses' names. */
    public List<byte[]> cosignatures(long size) {
        return db.read("read the cosignatures of checkpoint " + size, h -> h.createQuery(
                "SELECT note FROM log_cosignatures WHERE size = ? ORDER BY witness").bind(0, size)
                .mapTo(byte[].class).list());
    }
}
