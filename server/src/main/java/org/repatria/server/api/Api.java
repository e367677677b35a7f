package org.repatria.server.api;

import static org.repatria.server.route.Method.DELETE;
import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.time.Clock;
import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.ListRelays;
import org.repatria.server.access.Rule;
import org.repatria.server.auth.BearerTokens;
import org.repatria.server.auth.Credentials;
import org.repatria.server.document.ListDocuments;
import org.repatria.server.route.Param;
import org.repatria.server.route.Route;
import org.repatria.server.upload.ListUploads;
import org.repatria.store.Store;

/** The JSON API, version 1, as rows of the route table. */
public final class Api {
    private final AuthEndpoints auth;
    private final ListEndpoints lists;
    private final DirectoryEndpoints directory;
    private final ImportEndpoint importer;
    private final ListSigning signing;

    public Api(Store store, Clock clock, Credentials credentials, BearerTokens tokens, ListAccess access,
               ListDocuments documents, org.repatria.server.auth.SecondFactor factor) {
        this.auth = new AuthEndpoints(credentials, tokens, factor);
        this.lists = new ListEndpoints(store, access, new ListRelays(store, clock, documents), clock);
        this.directory = new DirectoryEndpoints(store, access);
        this.signing = new ListSigning(access, documents, new ChildRecords(store, clock));
        this.importer = new ImportEndpoint(new ListUploads(store, clock), documents);
    }

    public List<Route> routes() {
        Rule anyone = Rule.anyone();
        Rule signedIn = Rule.signedIn();
        return List.of(
                Route.api(GET, "/api/health", anyone, "Liveness: 200 {\"status\":\"ok\"} while the server runs",
                        call -> call.ctx().json(new ApiReplies.Health("ok"))).withReply(ApiReplies.Health.class),
                Route.api(POST, "/api/v1/auth/token", anyone, "Exchange a username and password (and the second factor's code, when the account has one) for a bearer token",
                        auth::issue).withBody(RequestBodies.Login.class).withReply(ApiReplies.Token.class),
                Route.api(DELETE, "/api/v1/auth/token", signedIn, "Revoke the bearer token sent with this request", auth::revoke),
                Route.api(GET, "/api/v1/me", signedIn, "The calling account", directory::me).withReply(ApiReplies.Me.class),
                Route.api(GET, "/api/v1/parties", signedIn, "Every party to the talks", directory::parties)
                        .withReplies(ApiReplies.PartyReply.class),
                Route.api(GET, "/api/v1/stats", signedIn, "Counts for the caller's dashboard", directory::stats)
                        .withReply(ApiReplies.Stats.class),
                Route.api(GET, "/api/v1/lists", signedIn, "Headers of the lists the caller may read, newest first", lists::index)
                        .withReplies(ApiReplies.Header.class),
                Route.api(POST, "/api/v1/lists", Rule.roles(Role.PARTY_DESK),
                        "Submit a person list of the caller's party; stored whole or not at all", lists::submit)
                        .withBody(Upload.class).withReply(ApiReplies.Header.class),
                Route.api(POST, "/api/v1/lists/import", Rule.roles(Role.PARTY_DESK),
                        "Import a person list of the caller's party from the CSV or XLSX file in the body; stored whole,"
                                + " or 422 with every problem by row and column", importer::handle)
                        .withQuery(
                                new Param("title", "string", "the list's title (required)"),
                                new Param("purpose", "string", "request, holding or manifest (required)"),
                                new Param("category", "string", "pow, civilian, remains or child, for rows that give none"),
                                new Param("encoding", "string", "read a CSV in this character set instead of detecting it"),
                                new Param("lang", "string", "language of the problem messages: en, uk or ru"),
                                new Param("accept_warnings", "boolean", "store a list that has warnings only"),
                                new Param("sign", "string", "server-held: sign the stored list at once with the key the "
                                        + "server holds for the party (else sign the statement in the reply's document)"))
                        .withReply(ApiReplies.Imported.class),
                Route.api(GET, "/api/v1/lists/{id}/document", signedIn, "Where a list stands on the log: signed (envelope,"
                        + " trail with receipts, whether its rows still match) or not yet (with the statement its author"
                        + " signs)", signing::show).withReply(ApiReplies.ListDocumentReply.class),
                Route.api(POST, "/api/v1/lists/{id}/document", Rule.roles(Role.PARTY_DESK),
                        "Sign the caller's list: its signed statement, or the server-held key; the list goes on the log"
                                + " as a person-list document", signing::sign)
                        .withBody(RequestBodies.SignList.class).withReply(ApiReplies.ListDocumentReply.class),
                Route.api(GET, "/api/v1/lists/{id}/document/content", signedIn,
                        "A list's canonical bytes (CSV, UTF-8, LF, NFC): the document its author signs", signing::content),
                Route.api(GET, "/api/v1/lists/{id}", signedIn, "A list's header (404 when absent or not visible)", lists::header)
                        .withReply(ApiReplies.Header.class),
                Route.api(GET, "/api/v1/lists/{id}/rows", signedIn, "A page of a list's rows, filtered and sorted", lists::rows)
                        .withQuery(
                                new Param("q", "string", "case-insensitive text in a name, military id or unit"),
                                new Param("sort", "string", "row, surname, birth_date, unit or military_id"),
                                new Param("desc", "boolean", "reverse the order"),
                                new Param("offset", "integer", "rows to skip, from 0"),
                                new Param("limit", "integer", "page size, 1 to 500 (default 50)"))
                        .withReply(ApiReplies.Rows.class),
                Route.api(POST, "/api/v1/lists/{id}/relay", Rule.roles(Role.MEDIATOR),
                        "Relay a list to a party or observer, which may then read it", lists::relay)
                        .withBody(RequestBodies.Relay.class).withReply(ApiReplies.Relayed.class));
    }
}
