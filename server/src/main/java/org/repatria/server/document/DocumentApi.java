package org.repatria.server.document;

import static org.repatria.server.route.Method.DELETE;
import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.time.Clock;
import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.log.LogMessages;
import org.repatria.server.log.TransparencyLog;
import org.repatria.server.route.Route;
import org.repatria.server.access.ChildRecords;
import org.repatria.store.Store;

/** The documents' rows of the route table: submitting, relaying, acknowledging and reading documents; party keys. */
public final class DocumentApi {
    private final DocumentEndpoints endpoints;
    private final SubmissionBatches batches;

    /** The routes of documents kept in {@code store} and logged on {@code log}, times checked on {@code clock}. */
    public DocumentApi(Store store, TransparencyLog log, Clock clock) {
        DocumentSteps steps = new DocumentSteps(store, log, clock);
        this.endpoints = new DocumentEndpoints(store, log, steps, new ChildRecords(store, clock));
        this.batches = new SubmissionBatches(steps, log);
    }

    /** Every route of the documents, each with its authorization rule. */
    public List<Route> routes() {
        return List.of(
                Route.api(POST, "/api/v1/documents", Rule.roles(Role.PARTY_DESK, Role.MEDIATOR),
                        "Submit a document with its entry signed by the caller's party; answers with the receipt",
                        endpoints::submit).withBody(DocumentMessages.Submit.class).withReply(LogMessages.ReceiptReply.class),
                Route.api(POST, "/api/v1/document-batches", Rule.roles(Role.PARTY_DESK, Role.MEDIATOR),
                        "Submit up to 500 documents, each with its entry signed by the caller's party, in one request: all are "
                                + "checked, then stored in one transaction, each answered with its receipt in order; a bad one "
                                + "refuses the whole request naming its position (submissions[i]), and nothing is stored",
                        batches::submit).withBody(DocumentMessages.Batch.class).withReply(DocumentMessages.BatchReply.class),
                Route.api(GET, "/api/v1/documents/{id}", Rule.roles(Role.PARTY_DESK, Role.MEDIATOR),
                        "A document's envelope and trail, for its author, the mediator and (once relayed) its addressees",
                        endpoints::show).withReply(DocumentMessages.DocumentReply.class),
                Route.api(GET, "/api/v1/documents/{id}/content", Rule.roles(Role.PARTY_DESK, Role.MEDIATOR),
                        "A document's bytes, for its author, the mediator and (once relayed) its addressees",
                        endpoints::content),
                Route.api(POST, "/api/v1/documents/{id}/relay", Rule.roles(Role.MEDIATOR),
                        "Relay a submitted document to its addressees (an entry signed with the mediator's log key); an optional "
                                + "JSON body {\"to\": party} must name one of them (422 not_addressee otherwise)",
                        endpoints::relay).withReply(LogMessages.ReceiptReply.class),
                Route.api(POST, "/api/v1/documents/{id}/acknowledgement", Rule.roles(Role.PARTY_DESK),
                        "Acknowledge receipt of a relayed document with an entry signed by the addressee",
                        endpoints::acknowledge).withBody(DocumentMessages.Acknowledge.class)
                        .withReply(LogMessages.ReceiptReply.class),
                Route.api(POST, "/api/v1/parties/{id}/keys", Rule.roles(Role.MEDIATOR),
                        "Register a party's note verifier key", endpoints::registerKey)
                        .withBody(DocumentMessages.PartyKey.class).withReply(LogMessages.Accepted.class),
                Route.api(POST, "/api/v1/parties/{id}/server-held-key", Rule.roles(Role.MEDIATOR),
                        "Enable, on the party's explicit choice, a key the server holds and signs with for it; "
                                + "its entries say key server-held", endpoints::enableServerHeldKey)
                        .withReply(DocumentMessages.PartyKey.class),
                Route.api(DELETE, "/api/v1/parties/{id}/server-held-key", Rule.roles(Role.MEDIATOR),
                        "Turn the party's server-held key off: the server forgets it; its verifier key stays registered so "
                                + "the entries it signed still verify", endpoints::disableServerHeldKey));
    }
}
