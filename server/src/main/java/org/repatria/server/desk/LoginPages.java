package org.repatria.server.desk;

import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.server.auth.Authenticator;
import org.repatria.server.auth.Credentials;
import org.repatria.server.auth.Session;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;

/** Signing in and out of the desk. */
final class LoginPages {
    private final Authenticator authenticator;
    private final Credentials credentials;
    private final PageFactory pages;
    private final Templates templates;
    /** Issue 17 (0183): the second step after the right password; none until the desk's factor routes are added. */
    private java.util.function.BiPredicate<AdmittedRequest, Account> secondStep = (call, account) -> false;

    private final PasswordPages passwords;

    LoginPages(Authenticator authenticator, Credentials credentials, PageFactory pages, Templates templates,
               PasswordPages passwords) {
        this.passwords = passwords;
        this.authenticator = authenticator;
        this.credentials = credentials;
        this.pages = pages;
        this.templates = templates;
    }

    /** Sends an account that has or needs a second factor to that step instead of signing it in. */
    void secondStep(java.util.function.BiPredicate<AdmittedRequest, Account> step) {
        this.secondStep = step;
    }

    void root(AdmittedRequest call) {
        call.ctx().redirect(call.caller().account().map(LoginPages::landing).orElse("/login"), HttpStatus.SEE_OTHER);
    }

    /** Where a signed-in account starts: the mediator at the relay queue, its first duty; everyone else at the overview. */
    static String landing(Account account) {
        return account.role() == Role.MEDIATOR ? RelayPages.QUEUE : "/desk";
    }

    void form(AdmittedRequest call) {
        if (call.caller().account().isPresent()) {
            call.ctx().redirect(landing(call.caller().account().get()), HttpStatus.SEE_OTHER);
            return;
        }
        show(call, false, "", "");
    }

    void submit(AdmittedRequest call) {
        String username = Objects.requireNonNullElse(call.ctx().formParam("username"), "").strip().toLowerCase(Locale.ROOT);
        char[] password = Objects.requireNonNullElse(call.ctx().formParam("password"), "").toCharArray();
        Optional<Account> account;
        try {
            account = username.isEmpty() || password.length == 0 ? Optional.empty()
                    : credentials.check(username, password, call.ctx().ip());
        } catch (HttpProblem limited) {
            if (Credentials.PASSWORD_CHANGE_DUE.equals(limited.code())) { // issue 17: a one-time password (0182)
                passwords.showDue(call, username, "", "");
                return;
            }
            refuse(call, limited, username);
            return;
        }
        if (account.isEmpty()) {
            call.ctx().status(401);
            show(call, true, "", username);
            return;
        }
        if (secondStep.test(call, account.get())) {
            return;
        }
        try {
            authenticator.signIn(call.ctx(), call.identity(), account.get());
        } catch (HttpProblem tooManySessions) {
            refuse(call, tooManySessions, username);
            return;
        }
        call.ctx().redirect(landing(account.get()), HttpStatus.SEE_OTHER);
    }

    void logout(AdmittedRequest call) {
        authenticator.signOut(call.ctx(), call.identity());
        call.ctx().redirect("/login", HttpStatus.SEE_OTHER);
    }

    /** The form again, with the limit that refused the sign-in said in the reader's language and the API's words. */
    private void refuse(AdmittedRequest call, HttpProblem limited, String username) {
        call.ctx().status(limited.status());
        limited.retryAfter().ifPresent(wait -> call.ctx().header("Retry-After", Long.toString(Math.max(1, wait.toSeconds()))));
        show(call, false, RefusalText.said(call.ctx(), limited), username);
    }

    private void show(AdmittedRequest call, boolean failed, String refusal, String username) {
        Session session = authenticator.sessionFor(call.ctx(), call.identity());
        templates.render(call.ctx(), "login.jte",
                new Views.Login(pages.page(call.ctx(), session, "login.title"), failed, refusal, username));
    }
}
