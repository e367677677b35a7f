package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.Rule;
import org.repatria.server.auth.SecondFactor;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * The second factor on the desk (docs/decisions/0183): every account sets up its own; a supervisor of the party
 * (its administrator) requires it of the party's accounts and resets the factor of an account whose phone was lost.
 */
final class FactorPage {
    static final String HOME = "/desk/factor";
    private final SecondFactor factor;
    private final ChildRecords supervisors;
    private final PageFactory pages;
    private final Templates templates;

    FactorPage(SecondFactor factor, ChildRecords supervisors, PageFactory pages, Templates templates) {
        this.factor = factor;
        this.supervisors = supervisors;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule signedIn = Rule.signedIn();
        return List.of(
                Route.desk(GET, HOME, signedIn, "The caller's second factor; for supervisors, the party's", this::show),
                Route.desk(POST, HOME + "/enrol", signedIn, "Start setting up the caller's second factor (a new key)",
                        this::start),
                Route.desk(POST, HOME + "/confirm", signedIn, "Confirm the caller's new second factor with a code",
                        this::confirm),
                Route.desk(POST, HOME + "/party", signedIn,
                        "Require, or stop requiring, a second factor of the party's accounts (supervisors)", this::require),
                Route.desk(POST, HOME + "/reset", signedIn,
                        "Reset the second factor of an account of the party whose phone was lost (supervisors)", this::reset));
    }

    private void show(AdmittedRequest call) {
        render(call, pending(call.account()), "");
    }

    private void start(AdmittedRequest call) {
        factor.enrolment(call.account());
        call.ctx().redirect(HOME, HttpStatus.SEE_OTHER);
    }

    private void confirm(AdmittedRequest call) {
        Account me = call.account();
        String code = Objects.requireNonNullElse(call.ctx().formParam("code"), "");
        if (pending(me).isEmpty()) {
            call.ctx().redirect(HOME, HttpStatus.SEE_OTHER);
            return;
        }
        String refusal;
        try {
            if (factor.confirm(me, code, call.ctx().ip())) {
                call.ctx().redirect(HOME, HttpStatus.SEE_OTHER);
                return;
            }
            call.ctx().status(422);
            refusal = pages.page(call.ctx(), call.identity(), "factor.title").t().get("factor.enrol.failed");
        } catch (HttpProblem limited) {
            call.ctx().status(limited.status());
            refusal = RefusalText.said(call.ctx(), limited);
        }
        render(call, pending(me), refusal);
    }

    private void require(AdmittedRequest call) {
        supervisors.requireSupervisor(call.account());
        String required = Objects.requireNonNullElse(call.ctx().formParam("required"), "");
        if (!required.equals("yes") && !required.equals("no")) {
            throw HttpProblem.invalid("required", "is yes or no");
        }
        if (required.equals("yes") && !factor.enrolled(call.account().username())) {
            // Requiring it signs out every account without a factor (0183): the supervisor's own first.
            throw HttpProblem.conflict("own_factor_first", "set up your own second factor before requiring one of"
                    + " party " + call.account().party() + "'s accounts");
        }
        factor.require(call.account().party(), required.equals("yes"));
        call.ctx().redirect(HOME, HttpStatus.SEE_OTHER);
    }

    private void reset(AdmittedRequest call) {
        supervisors.requireSupervisor(call.account());
        String username = Objects.requireNonNullElse(call.ctx().formParam("username"), "");
        if (!factor.ofParty(call.account().party()).containsKey(username)) {
            throw HttpProblem.invalid("username", "names no account of party " + call.account().party());
        }
        factor.reset(username);
        call.ctx().redirect(HOME, HttpStatus.SEE_OTHER);
    }

    private Optional<FactorViews.Secret> pending(Account me) {
        if (factor.enrolled(me.username()) || !factor.started(me.username())) {
            return Optional.empty();
        }
        SecondFactor.Enrolment e = factor.enrolment(me);
        return Optional.of(new FactorViews.Secret(e.secret(), e.uri(), FactorQr.dataUri(e.uri())));
    }

    private void render(AdmittedRequest call, Optional<FactorViews.Secret> pending, String refusal) {
        Account me = call.account();
        Page page = pages.page(call.ctx(), call.identity(), "factor.title");
        boolean supervisor = supervisors.supervises(me);
        List<FactorViews.Holder> holders = supervisor ? factor.ofParty(me.party()).entrySet().stream()
                .map(e -> new FactorViews.Holder(e.getKey(), e.getValue())).toList() : List.of();
        templates.render(call.ctx(), "factor.jte", new FactorViews.Mine(page, factor.enrolled(me.username()), pending,
                refusal, supervisor, factor.required(me.party()), holders));
    }
}
