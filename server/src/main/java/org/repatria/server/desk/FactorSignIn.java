package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.server.access.Rule;
import org.repatria.server.auth.Authenticator;
import org.repatria.server.auth.SecondFactor;
import org.repatria.server.auth.Session;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.store.party.Accounts;

/**
 * The second step of signing in (docs/decisions/0183): after the right password, a code from the account's factor, or
 * (when its party requires a factor it has not enrolled) enrolling one before anything else. Until the step is done the
 * visitor holds no session: only the login form's nonce, under which the half-done sign-in waits a few minutes.
 */
final class FactorSignIn {
    static final String CODE = "/login/code";
    static final String ENROL = "/login/enrol";
    private final Authenticator authenticator;
    private final SecondFactor factor;
    private final Accounts accounts;
    private final PageFactory pages;
    private final Templates templates;

    FactorSignIn(Authenticator authenticator, SecondFactor factor, Accounts accounts, PageFactory pages, Templates templates) {
        this.authenticator = authenticator;
        this.factor = factor;
        this.accounts = accounts;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule anyone = Rule.anyone();
        return List.of(
                Route.desk(GET, CODE, anyone, "Sign-in's second step: the code form (after the right password)", this::codeForm),
                Route.desk(POST, CODE, anyone, "Sign-in's second step: check the code; a session starts", this::code),
                Route.desk(GET, ENROL, anyone, "Sign-in's second step when the party requires a factor: set it up",
                        this::enrolForm),
                Route.desk(POST, ENROL, anyone, "Confirm the new factor with a code; a session starts", this::enrol));
    }

    /** After the right password: true (and the visitor sent on to the second step) when the account has or needs a factor. */
    boolean divert(AdmittedRequest call, Account account) {
        SecondFactor.Next next = factor.next(account);
        if (next == SecondFactor.Next.SIGN_IN) {
            return false;
        }
        factor.hold(authenticator.sessionFor(call.ctx(), call.identity()), account, next);
        call.ctx().redirect(next == SecondFactor.Next.CODE ? CODE : ENROL, HttpStatus.SEE_OTHER);
        return true;
    }

    private void codeForm(AdmittedRequest call) {
        held(call, SecondFactor.Next.CODE).ifPresent(a -> showCode(call, ""));
    }

    private void code(AdmittedRequest call) {
        Optional<Account> account = held(call, SecondFactor.Next.CODE);
        if (account.isEmpty()) {
            return;
        }
        String code = Objects.requireNonNullElse(call.ctx().formParam("code"), "");
        try {
            if (!factor.verify(account.get(), code, call.ctx().ip())) {
                call.ctx().status(401);
                showCode(call, page(call, "factor.code.title").t().get("factor.code.failed"));
                return;
            }
        } catch (HttpProblem limited) {
            refuse(call, limited);
            showCode(call, RefusalText.said(call.ctx(), limited));
            return;
        }
        finish(call, account.get());
    }

    private void enrolForm(AdmittedRequest call) {
        held(call, SecondFactor.Next.ENROL).ifPresent(a -> showEnrol(call, a, ""));
    }

    private void enrol(AdmittedRequest call) {
        Optional<Account> account = held(call, SecondFactor.Next.ENROL);
        if (account.isEmpty()) {
            return;
        }
        String code = Objects.requireNonNullElse(call.ctx().formParam("code"), "");
        try {
            if (!factor.confirmSigningIn(account.get(), code, call.ctx().ip())) {
                call.ctx().status(422);
                showEnrol(call, account.get(), page(call, "factor.enrol.title").t().get("factor.enrol.failed"));
                return;
            }
        } catch (HttpProblem limited) {
            refuse(call, limited);
            showEnrol(call, account.get(), RefusalText.said(call.ctx(), limited));
            return;
        }
        finish(call, account.get());
    }

    private void finish(AdmittedRequest call, Account account) {
        factor.release(loginForm(call));
        authenticator.signIn(call.ctx(), call.identity(), account);
        call.ctx().redirect(LoginPages.landing(account), HttpStatus.SEE_OTHER);
    }

    /** The account whose sign-in waits for {@code step} under this login form; otherwise a page that says to sign in again. */
    private Optional<Account> held(AdmittedRequest call, SecondFactor.Next step) {
        if (call.caller().account().isPresent()) {
            call.ctx().redirect(LoginPages.landing(call.caller().account().get()), HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        Optional<Account> account = call.identity().session().flatMap(factor::pending)
                .filter(p -> p.next() == step).flatMap(p -> accounts.standing(p.username()))
                .filter(org.repatria.store.account.Standing::active) // disabled meanwhile (0182): no further
                .map(org.repatria.store.account.Standing::account);
        if (account.isEmpty()) {
            // None waits under this login form (never begun, done, or older than a few minutes): say so, link back.
            call.ctx().status(409);
            templates.render(call.ctx(), "factor-again.jte", new FactorViews.Code(page(call, "factor.code.title"), ""));
        }
        return account;
    }

    private Session loginForm(AdmittedRequest call) {
        return authenticator.sessionFor(call.ctx(), call.identity());
    }

    private static void refuse(AdmittedRequest call, HttpProblem limited) {
        call.ctx().status(limited.status());
        limited.retryAfter().ifPresent(w -> call.ctx().header("Retry-After", Long.toString(Math.max(1, w.toSeconds()))));
    }

    private Page page(AdmittedRequest call, String title) {
        return pages.page(call.ctx(), loginForm(call), title);
    }

    private void showCode(AdmittedRequest call, String refusal) {
        templates.render(call.ctx(), "factor-code.jte", new FactorViews.Code(page(call, "factor.code.title"), refusal));
    }

    private void showEnrol(AdmittedRequest call, Account account, String refusal) {
        SecondFactor.Enrolment e = factor.enrolment(account);
        templates.render(call.ctx(), "factor-enrol.jte", new FactorViews.Enrol(page(call, "factor.enrol.title"),
                new FactorViews.Secret(e.secret(), e.uri(), FactorQr.dataUri(e.uri())), ENROL, refusal));
    }
}
