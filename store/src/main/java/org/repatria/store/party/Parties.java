package org.repatria.store.party;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.store.DuplicateException;
import org.repatria.store.StoreException;
import org.repatria.store.internal.engine.Database;

/** The parties to the talks. */
public final class Parties {
    private static final String SELECT = "SELECT id, name, kind FROM parties";
    private final Database db;

    /** The repository over {@code db}. */
    public Parties(Database db) {
        this.db = db;
    }

    /** Stores a new party; {@link DuplicateException} when its id is taken. */
    public void add(Party p) {
        db.write("add party " + p.id(), "party " + p.id() + " already exists; choose another id", h ->
                h.createUpdate("INSERT INTO parties (id, name, kind) VALUES (?, ?, ?)")
                        .bind(0, p.id().value()).bind(1, p.name()).bind(2, p.kind().name()).execute());
    }

    /** The party with this id, if stored. */
    public Optional<Party> find(PartyId id) {
        return db.read("read party " + id, h -> h.createQuery(SELECT + " WHERE id = ?").bind(0, id.value())
                .map((rs, ctx) -> read(rs.getString(1), rs.getString(2), rs.getString(3))).findOne());
    }

    /** Every party, by id. */
    public List<Party> all() {
        return db.read("read parties", h -> h.createQuery(SELECT + " ORDER BY id")
                .map((rs, ctx) -> read(rs.getString(1), rs.getString(2), rs.getString(3))).list());
    }

    /** The kind of a stored party, inside another repository's transaction; refused when unknown. */
    public static PartyKind kindOf(Handle h, PartyId party) {
        return h.createQuery("SELECT kind FROM parties WHERE id = ?").bind(0, party.value()).mapTo(String.class)
                .findOne().map(PartyKind::valueOf)
                .orElseThrow(() -> new StoreException("no party " + party + "; add the party first"));
    }

    private static Party read(String id, String name, String kind) {
        return new Party(new PartyId(id), name, PartyKind.valueOf(kind));
    }
}
