package org.repatria.server.death;

import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/** For other tests' fixtures (the desk walk): a death record of a confirmed identification, relayed to party B. */
public final class DeathFixture {
    private DeathFixture() {
    }

    /**
     * Makes a confirmed identification (naming no request row, so no person's page changes), signs its death record and
     * relays it; the record's envelope id.
     */
    public static String relayed(RunningServer running) {
        DeathCase c = DeathCase.confirmed(running, false);
        String id = c.unit.postJson(DeathCase.RECORDS + "/server-held-signature", c.record("Бондар", "2025-05-14", ""), 201)
                .get("envelope_id").asString();
        running.api(Who.MEDIATOR_DESK).post("/api/v1/documents/" + id + "/relay", "", "application/json");
        return id;
    }
}
