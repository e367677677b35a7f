package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.repatria.core.account.Account;
import org.repatria.server.access.Rule;
import org.repatria.server.account.Administration;
import org.repatria.server.account.PasswordChange;
import org.repatria.server.auth.Authenticator;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * Every account's own password (docs/decisions/0182): changed on the desk with the current one, or at sign-in in place
 * of the one-time password a reset gave it.
 */
final class PasswordPages {
    static final String HOME = "/desk/password";
    private final PasswordChange change;
    private final Administration administration;
    private final Authenticator authenticator;
    private final PageFactory pages;
    private final Templates templates;
    private java.util.function.BiPredicate<AdmittedRequest, Account> secondStep = (call, account) -> false;

    PasswordPages(PasswordChange change, Administration administration, Authenticator authenticator, PageFactory pages,
                  Templates templates) {
        this.change = change;
        this.administration = administration;
        this.authenticator = authenticator;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        return List.of(
                Route.desk(GET, HOME, Rule.signedIn(), "The caller's own account: change its password", this::form),
                Route.desk(POST, HOME, Rule.signedIn(), "Change one's own password; the account's other sessions and"
                        + " tokens end", this::submit),
                Route.desk(POST, "/login/password", Rule.anyone(), "Choose a new password in place of a one-time one,"
                        + " then sign in", this::due));
    }

    /** Issue 17 (0183): after a one-time password is replaced, the second factor's step (as after the login form). */
    void secondStep(java.util.function.BiPredicate<AdmittedRequest, Account> step) {
        this.secondStep = step;
    }

    private void form(AdmittedRequest call) {
        show(call, "", "", call.ctx().queryParam("changed") != null);
    }

    private void submit(AdmittedRequest call) {
        Account self = call.account();
        try {
            change.own(self, chars(call, "current"), chars(call, "password"), chars(call, "again"), call.ctx().ip());
        } catch (HttpProblem refused) {
            call.ctx().status(refused.status());
            show(call, RefusalText.said(call.ctx(), refused), refused.field().orElse(""), false);
            return;
        }
        authenticator.signIn(call.ctx(), call.identity(), self);
        call.ctx().redirect(HOME + "?changed=1", HttpStatus.SEE_OTHER);
    }

    private void due(AdmittedRequest call) {
        String username = Objects.requireNonNullElse(call.ctx().formParam("username"), "").strip().toLowerCase(Locale.ROOT);
        Account account;
        try {
            account = change.due(username, chars(call, "current"), chars(call, "password"), chars(call, "again"),
                    call.ctx().ip());
            if (secondStep.test(call, account)) { // issue 17 (0183): the second factor's step still comes first
                return;
            }
            authenticator.signIn(call.ctx(), call.identity(), account);
        } catch (HttpProblem refused) {
            call.ctx().status(refused.status());
            refused.retryAfter().ifPresent(w -> call.ctx().header("Retry-After", Long.toString(Math.max(1, w.toSeconds()))));
            showDue(call, username, RefusalText.said(call.ctx(), refused), refused.field().orElse(""));
            return;
        }
        call.ctx().redirect(LoginPages.landing(account), HttpStatus.SEE_OTHER);
    }

    /** The form that replaces a one-time password, shown by the login page when the password it was given is one. */
    void showDue(AdmittedRequest call, String username, String refusal, String field) {
        var session = authenticator.sessionFor(call.ctx(), call.identity());
        templates.render(call.ctx(), "password-due.jte",
                new AccountViews.Due(pages.page(call.ctx(), session, "password.due.title"), username, refusal, field));
    }

    private void show(AdmittedRequest call, String refusal, String field, boolean changed) {
        Page page = pages.page(call.ctx(), call.identity(), "password.title");
        templates.render(call.ctx(), "password.jte", new AccountViews.Password(page,
                administration.administers(call.account()), refusal, field, changed));
    }

    private static char[] chars(AdmittedRequest call, String field) {
        return Objects.requireNonNullElse(call.ctx().formParam(field), "").toCharArray();
    }
}
