package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Permission;
import org.repatria.core.account.Role;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.Rule;
import org.repatria.server.child.PermissionGrants;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/** A supervisor's page: which of its party's accounts work children's cases and supervise, granted and revoked here. */
final class PermissionPages {
    private static final String HOME = "/desk/permissions";
    private final PermissionGrants grants;
    private final ChildRecords records;
    private final PageFactory pages;
    private final Templates templates;

    PermissionPages(PermissionGrants grants, ChildRecords records, PageFactory pages, Templates templates) {
        this.grants = grants;
        this.records = records;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        return List.of(
                Route.desk(GET, HOME, desks, "The party's accounts and their permissions (supervisors)", this::show),
                Route.desk(POST, HOME, desks, "Grant or revoke a permission of an account of the party (supervisors)",
                        this::change));
    }

    private void show(AdmittedRequest call) {
        records.requireSupervisor(call.account());
        Page page = pages.page(call.ctx(), call.identity(), "permissions.title");
        List<ChildViews.Holder> holders = grants.ofParty(call.account()).entrySet().stream()
                .map(e -> new ChildViews.Holder(e.getKey(), e.getValue().contains(Permission.CHILDREN),
                        e.getValue().contains(Permission.SUPERVISOR))).toList();
        templates.render(call.ctx(), "permissions.jte", new ChildViews.Holders(page, holders));
    }

    private void change(AdmittedRequest call) {
        String username = Optional.ofNullable(call.ctx().formParam("username")).orElse("");
        String permission = call.ctx().formParam("permission");
        switch (Optional.ofNullable(call.ctx().formParam("action")).orElse("")) {
            case "grant" -> grants.grant(call.account(), username, permission);
            case "revoke" -> grants.revoke(call.account(), username, permission);
            default -> throw HttpProblem.invalid("action", "is grant or revoke");
        }
        call.ctx().redirect(HOME, HttpStatus.SEE_OTHER);
    }
}
