package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.account.Administration;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.store.account.Standing;

/**
 * A supervisor's pages of its party's accounts (docs/decisions/0182): where each stands, disable and enable, reset a
 * password to a one-time one shown once, and the record of sign-ins and of changes.
 */
final class AccountPages {
    static final String HOME = "/desk/accounts";
    private final Administration administration;
    private final PageFactory pages;
    private final Templates templates;

    AccountPages(Administration administration, PageFactory pages, Templates templates) {
        this.administration = administration;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        return List.of(
                Route.desk(GET, HOME, desks, "The party's accounts, their sign-ins and the changes to them (supervisors)",
                        this::index),
                Route.desk(GET, HOME + "/{id}", desks, "One account of the party: where it stands, its sign-ins and the"
                        + " changes to it (supervisors)", this::show),
                Route.desk(POST, HOME + "/{id}/standing", desks, "Disable or enable an account of the party; disabling ends"
                        + " its sessions and tokens at once (supervisors)", this::standing),
                Route.desk(POST, HOME + "/{id}/password", desks, "Reset the password of an account of the party to a"
                        + " one-time one, shown once; its sessions and tokens end (supervisors)", this::reset));
    }

    private void index(AdmittedRequest call) {
        List<Standing> accounts = administration.accounts(call.account());
        Page page = pages.page(call.ctx(), call.identity(), "accounts.title");
        Text t = page.t();
        templates.render(call.ctx(), "accounts.jte", new AccountViews.Accounts(page,
                accounts.stream().map(s -> AccountViews.Line.of(t, s)).toList(),
                administration.signIns(call.account(), Optional.empty()).stream().map(s -> AccountViews.Attempt.of(t, s)).toList(),
                administration.changes(call.account(), Optional.empty()).stream().map(c -> AccountViews.Change.of(t, c)).toList()));
    }

    private void show(AdmittedRequest call) {
        one(call, Optional.empty());
    }

    private void standing(AdmittedRequest call) {
        String username = call.ctx().pathParam("id");
        switch (Optional.ofNullable(call.ctx().formParam("action")).orElse("")) {
            case "disable" -> administration.disable(call.account(), username);
            case "enable" -> administration.enable(call.account(), username);
            default -> throw HttpProblem.invalid("action", "is disable or enable");
        }
        call.ctx().redirect(HOME + "/" + Page.enc(username), HttpStatus.SEE_OTHER);
    }

    private void reset(AdmittedRequest call) {
        char[] oneTime = administration.resetPassword(call.account(), call.ctx().pathParam("id"));
        call.ctx().header("Cache-Control", "no-store"); // the one-time password is shown this once
        one(call, Optional.of(new String(oneTime)));
        java.util.Arrays.fill(oneTime, '\0');
    }

    private void one(AdmittedRequest call, Optional<String> oneTime) {
        String username = call.ctx().pathParam("id");
        Standing s = administration.account(call.account(), username);
        Page page = pages.page(call.ctx(), call.identity(), "accounts.one.title");
        Text t = page.t();
        templates.render(call.ctx(), "account.jte", new AccountViews.One(page, AccountViews.Line.of(t, s),
                s.account().username().equals(call.account().username()), oneTime,
                administration.signIns(call.account(), Optional.of(username)).stream().map(a -> AccountViews.Attempt.of(t, a)).toList(),
                administration.changes(call.account(), Optional.of(username)).stream().map(c -> AccountViews.Change.of(t, c)).toList()));
    }
}
