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
import org.repatria.server.route.Route;

/** The JSON routes of children's protection: permissions a supervisor grants. */
public final class ChildApi {
    private static final String GRANT = "/api/v1/accounts/{id}/permissions";
    private final PermissionGrants grants;

    /** The routes over {@code grants}. */
    public ChildApi(PermissionGrants grants) {
        this.grants = grants;
    }

    /** Every route, each with its authorization rule. */
    public List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        return List.of(
                Route.api(GET, "/api/v1/accounts/permissions", desks,
                        "The caller's party's accounts with their permissions (children, supervisor); supervisors only",
                        call -> call.ctx().json(grants.ofParty(call.account()).entrySet().stream()
                                .map(e -> PermissionMessages.AccountPermissionsReply.of(e.getKey(), e.getValue())).toList()))
                        .withReplies(PermissionMessages.AccountPermissionsReply.class),
                Route.api(POST, GRANT, desks, "Grant a permission (children: works children's cases; supervisor) to the"
                                + " account {id} (its username) of the caller's party; supervisors only", this::grant)
                        .withBody(PermissionMessages.GrantRequest.class).withReply(PermissionMessages.AccountPermissionsReply.class),
                Route.api(DELETE, GRANT, desks, "Revoke the permission named by ?permission= of the account {id} (its"
                                + " username) of the caller's party; supervisors only", this::revoke)
                        .withQuery(new Param("permission", "string", "children or supervisor")).withReply(PermissionMessages.AccountPermissionsReply.class));
    }

    private void grant(AdmittedRequest call) {
        String username = call.ctx().pathParam("id");
        PermissionMessages.GrantRequest body = ApiJson.read(call.ctx(), PermissionMessages.GrantRequest.class);
        call.ctx().json(PermissionMessages.AccountPermissionsReply.of(username,
                grants.grant(call.account(), username, body.permission())));
    }

    private void revoke(AdmittedRequest call) {
        String username = call.ctx().pathParam("id");
        call.ctx().json(PermissionMessages.AccountPermissionsReply.of(username,
                grants.revoke(call.account(), username, call.ctx().queryParam("permission"))));
    }
}
