package org.repatria.server.log;

import static org.repatria.server.route.Method.DELETE;
import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.route.Param;
import org.repatria.server.route.Route;
import org.repatria.store.Store;

/** The log's rows of the route table: C2SP static resources under {@code /log/} and the JSON API. */
public final class LogApi {
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private final TransparencyLog log;
    private final LogEndpoints endpoints;
    private final DocumentReads reads;
    private final DisputeEndpoints disputes;

    /** The routes of {@code log}, whose documents and keys live in {@code store}. */
    public LogApi(Store store, TransparencyLog log, Clock clock) {
        this.log = log;
        this.endpoints = new LogEndpoints(store, log, clock);
        this.reads = new DocumentReads(store);
        this.disputes = new DisputeEndpoints(new Disputes(store, log, clock), endpoints);
    }

    /** Every route of the log, each with its authorization rule. */
    public List<Route> routes() {
        Rule anyone = Rule.anyone();
        return List.of(
                Route.desk(GET, "/log/checkpoint", anyone, "The log's current signed checkpoint (C2SP tlog-checkpoint), with the witnesses' cosignatures of it",
                        call -> text(call.ctx(), endpoints.cosignedCheckpoint(), "no-cache")),
                Route.desk(GET, "/log/vkey", anyone, "The log's note verifier key (C2SP signed-note)",
                        call -> text(call.ctx(), (log.verifier().encoded() + "\n").getBytes(StandardCharsets.UTF_8), "no-cache")),
                Route.desk(GET, "/log/tile/<path>", anyone, "A hash tile or entry bundle (C2SP tlog-tiles)", this::tile),
                Route.api(POST, "/api/v1/documents", Rule.roles(Role.PARTY_DESK, Role.MEDIATOR),
                        "Submit a document with its entry signed by the caller's party; answers with the receipt",
                        endpoints::submit).withBody(LogMessages.Submit.class).withReply(LogMessages.ReceiptReply.class),
                Route.api(GET, "/api/v1/documents/{id}", Rule.roles(Role.PARTY_DESK, Role.MEDIATOR),
                        "A document's envelope and trail, for its author, the mediator and (once relayed) its addressees",
                        reads::show).withReply(LogMessages.DocumentReply.class),
                Route.api(GET, "/api/v1/documents/{id}/content", Rule.roles(Role.PARTY_DESK, Role.MEDIATOR),
                        "A document's bytes, for its author, the mediator and (once relayed) its addressees",
                        reads::content),
                Route.api(POST, "/api/v1/documents/{id}/relay", Rule.roles(Role.MEDIATOR),
                        "Relay a submitted document to its addressees (an entry signed with the mediator's log key)",
                        endpoints::relay).withReply(LogMessages.ReceiptReply.class),
                Route.api(POST, "/api/v1/documents/{id}/acknowledgement", Rule.roles(Role.PARTY_DESK),
                        "Acknowledge receipt of a relayed document with an entry signed by the addressee",
                        endpoints::acknowledge).withBody(LogMessages.Acknowledge.class).withReply(LogMessages.ReceiptReply.class),
                Route.api(GET, "/api/v1/documents/{id}/disputes", Rule.signedIn(),
                        "The disputes about a document and their answers, each with its trail; subject and text only "
                                + "for their author, the mediator and (once relayed) their addressee", disputes::thread)
                        .withReply(LogMessages.ThreadReply.class),
                Route.api(POST, "/api/v1/documents/{id}/disputes", Rule.roles(Role.PARTY_DESK),
                        "Dispute a document relayed to the caller's side, signed with the key the server holds for it; "
                                + "with its own key a side submits the signed dispute to POST /api/v1/documents",
                        disputes::dispute).withBody(LogMessages.DisputeRequest.class).withReply(LogMessages.ReceiptReply.class),
                Route.api(POST, "/api/v1/documents/{id}/answers", Rule.roles(Role.PARTY_DESK),
                        "Answer a dispute relayed to the caller's side, signed with the key the server holds for it; "
                                + "with its own key a side submits the signed answer to POST /api/v1/documents",
                        disputes::answer).withBody(LogMessages.AnswerRequest.class).withReply(LogMessages.ReceiptReply.class),
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
                Route.api(POST, "/api/v1/parties/{id}/keys", Rule.roles(Role.MEDIATOR),
                        "Register a party's note verifier key", endpoints::registerKey)
                        .withBody(LogMessages.PartyKey.class).withReply(LogMessages.Accepted.class),
                Route.api(POST, "/api/v1/parties/{id}/server-held-key", Rule.roles(Role.MEDIATOR),
                        "Enable, on the party's explicit choice, a key the server holds and signs with for it; "
                                + "its entries say key server-held", endpoints::enableServerHeldKey)
                        .withReply(LogMessages.PartyKey.class),
                Route.api(DELETE, "/api/v1/parties/{id}/server-held-key", Rule.roles(Role.MEDIATOR),
                        "Turn the party's server-held key off: the server forgets it; its verifier key stays registered so "
                                + "the entries it signed still verify", endpoints::disableServerHeldKey),
                Route.api(POST, "/api/v1/log/cosignatures", Rule.roles(Role.OBSERVER),
                        "Store a witness's cosigned checkpoint (text/plain, as repatria witness --submit sends it)",
                        endpoints::cosignature).withReply(LogMessages.Accepted.class));
    }

    private void tile(org.repatria.server.route.AdmittedRequest call) {
        String path = "tile/" + call.ctx().pathParam("path");
        log.tile(path).ifPresentOrElse(
                resource -> bytes(call.ctx(), resource.bytes(), resource.immutable() ? IMMUTABLE : "public, max-age=60"),
                () -> call.ctx().status(404).contentType("text/plain; charset=utf-8").result("no such tile: " + path + "\n"));
    }

    private static void text(Context ctx, byte[] bytes, String cache) {
        ctx.header("Cache-Control", cache).contentType("text/plain; charset=utf-8").result(bytes);
    }

    private static void bytes(Context ctx, byte[] bytes, String cache) {
        ctx.header("Cache-Control", cache).contentType("application/octet-stream").result(bytes);
    }
}
