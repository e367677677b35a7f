package org.repatria.server.child;

import static org.repatria.server.route.Method.DELETE;
import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import java.util.List;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.api.ApiJson;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Param;
import org.repatria.server.route.Query;
import org.repatria.server.route.Route;

/** The JSON routes of children's protection: permissions a supervisor grants, the record of reads, the cases. */
public final class ChildApi {
    private static final String GRANT = "/api/v1/accounts/{id}/permissions";
    private static final String CASES = "/api/v1/children/{id}/cases";
    private final PermissionGrants grants;
    private final ReadLog reads;
    private final CaseEndpoints cases;

    /** The routes over {@code grants}, the record of reads {@code reads} and the children's {@code cases}. */
    public ChildApi(PermissionGrants grants, ReadLog reads, ChildCases cases) {
        this.grants = grants;
        this.reads = reads;
        this.cases = new CaseEndpoints(cases);
    }

    /** Every route, each with its authorization rule. */
    public List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        return List.of(
                Route.api(GET, "/api/v1/accounts/permissions", desks,
                        "The caller's party's accounts with their permissions (children, supervisor) for a supervisor; the"
                                + " caller's own for any other account",
                        call -> call.ctx().json(grants.ofParty(call.account()).entrySet().stream()
                                .map(e -> ChildMessages.AccountPermissionsReply.of(e.getKey(), e.getValue())).toList()))
                        .withReplies(ChildMessages.AccountPermissionsReply.class),
                Route.api(POST, GRANT, desks, "Grant a permission (children: works children's cases; supervisor) to the"
                                + " account {id} (its username) of the caller's party; supervisors only", this::grant)
                        .withBody(ChildMessages.GrantRequest.class).withReply(ChildMessages.AccountPermissionsReply.class),
                Route.api(DELETE, GRANT, desks, "Revoke the permission named by ?permission= of the account {id} (its"
                                + " username) of the caller's party; supervisors only", this::revoke)
                        .withQuery(new Param("permission", "string", "children or supervisor")).withReply(ChildMessages.AccountPermissionsReply.class),
                Route.api(GET, "/api/v1/access-log", desks, "The recorded reads of children's records (who, party, role,"
                                + " which record, what, when), newest first; supervisors only: a party's sees its own"
                                + " accounts' reads and the reads of its own children's lists, the mediator's sees all",
                        this::readPage).withQuery(FILTERS).withReply(ChildMessages.ReadPageReply.class),
                Route.api(GET, "/api/v1/access-log/export", desks, "The same recorded reads as CSV (header at,username,"
                                + "party,role,list_id,list_author,row_id,what); supervisors only",
                        this::readExport).withQuery(FILTERS),
                Route.api(GET, CASES, desks, "The children's cases of a relayed request list of children {id} (row, name,"
                                + " birth date, open or closed); child workers and the mediator only, each read recorded",
                        cases::list).withReplies(ChildMessages.CaseLineReply.class),
                Route.api(GET, CASES + "/{row}", desks, "A child's case: particulars (entered, else from the list),"
                                + " photographs, status; child workers of both sides and the mediator, each read recorded",
                        cases::show).withReply(ChildMessages.CaseReply.class),
                Route.api(POST, CASES + "/{row}/particulars", Rule.roles(Role.PARTY_DESK), "Replace a case's particulars;"
                                + " the requesting side's child workers only", cases::particulars)
                        .withBody(ChildMessages.ParticularsRequest.class).withReply(ChildMessages.CaseReply.class),
                Route.api(POST, CASES + "/{row}/photos", Rule.roles(Role.PARTY_DESK), "Add a photograph (JPEG or PNG, at"
                                + " most 2 MiB, base64); the requesting side's child workers only", cases::addPhoto)
                        .withBody(ChildMessages.PhotoRequest.class).withReply(ChildMessages.PhotoReply.class),
                Route.api(GET, CASES + "/{row}/photos/{photo}", desks, "A photograph's bytes; child workers of both"
                                + " sides and the mediator, each read recorded", cases::photo));
    }

    private static final Param[] FILTERS = {
        new Param("subject", "string", "child (the default; the only subject recorded)"),
        new Param("username", "string", "only this reader's reads"),
        new Param("list", "string", "only reads of this list (its id)"),
        new Param("what", "string", "rows, case, export, document, photo, answers or matches"),
        new Param("offset", "integer", "rows to skip (default 0)"),
        new Param("limit", "integer", "rows to return, 1-500 (default 50)")};

    private void readPage(AdmittedRequest call) {
        ReadLog.Page page = reads.page(call.account(), filter(call));
        call.ctx().json(new ChildMessages.ReadPageReply(page.total(), page.offset(), page.limit(),
                page.reads().stream().map(ChildMessages.ReadReply::of).toList()));
    }

    private void readExport(AdmittedRequest call) {
        byte[] csv = reads.csv(call.account(), filter(call));
        call.ctx().header("Content-Disposition", "attachment; filename=\"access-log.csv\"")
                .header("Cache-Control", "private, no-store").contentType("text/csv; charset=utf-8").result(csv);
    }

    /** The filters of the record of reads, from a request's query. */
    public static ReadLog.Filter filter(AdmittedRequest call) {
        var ctx = call.ctx();
        return new ReadLog.Filter(Query.text(ctx, "subject"), Query.text(ctx, "username"), Query.text(ctx, "list"),
                Query.text(ctx, "what"), Query.integer(ctx, "offset", 0, 0, 100_000_000),
                Query.integer(ctx, "limit", 50, 1, Query.MAX_LIMIT));
    }

    private void grant(AdmittedRequest call) {
        String username = call.ctx().pathParam("id");
        ChildMessages.GrantRequest body = ApiJson.read(call.ctx(), ChildMessages.GrantRequest.class);
        call.ctx().json(ChildMessages.AccountPermissionsReply.of(username,
                grants.grant(call.account(), username, body.permission())));
    }

    private void revoke(AdmittedRequest call) {
        String username = call.ctx().pathParam("id");
        call.ctx().json(ChildMessages.AccountPermissionsReply.of(username,
                grants.revoke(call.account(), username, call.ctx().queryParam("permission"))));
    }
}
