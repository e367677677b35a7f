package org.repatria.server.log;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.route.Param;
import org.repatria.server.route.Route;
import org.repatria.store.Store;

/** The log's rows of the route table: C2SP static resources under {@code /log/}, receipts, proofs and cosignatures. */
public final class LogApi {
    private final LogResources resources;
    private final LogEndpoints endpoints;

    /** The routes of {@code log}, whose witnesses' cosignatures and keys live in {@code store}. */
    public LogApi(Store store, TransparencyLog log) {
        Witnesses witnesses = new Witnesses(store.signers(), log);
        this.resources = new LogResources(log, witnesses);
        this.endpoints = new LogEndpoints(log, witnesses);
    }

    /** Every route of the log, each with its authorization rule. */
    public List<Route> routes() {
        Rule anyone = Rule.anyone();
        return List.of(
                Route.desk(GET, "/log/checkpoint", anyone, "The log's current signed checkpoint (C2SP tlog-checkpoint), with the witnesses' cosignatures of it",
                        resources::checkpoint),
                Route.desk(GET, "/log/vkey", anyone, "The log's note verifier key (C2SP signed-note)",
                        resources::vkey),
                Route.desk(GET, "/log/tile/<path>", anyone, "A hash tile or entry bundle (C2SP tlog-tiles)", resources::tile),
                Route.api(GET, "/api/v1/log/receipts/{index}", anyone,
                        "A receipt for a log entry under the current checkpoint", endpoints::receipt)
                        .withReply(LogMessages.ReceiptReply.class),
                Route.api(GET, "/api/v1/log/proofs/inclusion", anyone, "RFC 9162 inclusion proof", endpoints::inclusion)
                        .withQuery(new Param("index", "integer", "the entry's index"),
                                new Param("size", "integer", "the tree size"))
                        .withReply(LogMessages.ProofReply.class),
                Route.api(GET, "/api/v1/log/proofs/consistency", anyone, "RFC 9162 consistency proof", endpoints::consistency)
                        .withQuery(new Param("first", "integer", "the older tree size"),
                                new Param("second", "integer", "the newer tree size"))
                        .withReply(LogMessages.ProofReply.class),
                Route.api(POST, "/api/v1/log/cosignatures", Rule.roles(Role.OBSERVER),
                        "Store a witness's cosigned checkpoint (text/plain, as repatria witness --submit sends it)",
                        endpoints::cosignature).withReply(LogMessages.Accepted.class));
    }
}
