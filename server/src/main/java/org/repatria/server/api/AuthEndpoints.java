package org.repatria.server.api;

import java.util.Locale;
import java.util.Objects;
import org.repatria.core.account.Account;
import org.repatria.server.access.Caller;
import org.repatria.server.auth.Authenticator;
import org.repatria.server.auth.BearerTokens;
import org.repatria.server.auth.Credentials;
import org.repatria.server.auth.SecondFactor;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;

/** Bearer tokens for the command line: exchange a password for a token, and give it back. */
final class AuthEndpoints {
    private final Credentials credentials;
    private final BearerTokens tokens;
    private final SecondFactor factor;

    AuthEndpoints(Credentials credentials, BearerTokens tokens, SecondFactor factor) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.factor = factor;
    }

    void issue(AdmittedRequest call) {
        RequestBodies.Login login = ApiJson.read(call.ctx(), RequestBodies.Login.class);
        String username = Objects.requireNonNullElse(login.username(), "").strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            throw HttpProblem.invalid("username", "is required");
        }
        if (login.password() == null || login.password().isEmpty()) {
            throw HttpProblem.invalid("password", "is required");
        }
        Account account = credentials.check(username, login.password().toCharArray(), call.ctx().ip())
                .orElseThrow(() -> HttpProblem.unauthenticated("wrong username or password"));
        // Issue 17 (0183): a token is a sign-in too; an account with a factor sends its code, one that must enrol is refused.
        factor.requireForToken(account, java.util.Optional.ofNullable(login.code()), call.ctx().ip());
        BearerTokens.Issued issued = tokens.issue(account);
        call.ctx().status(201).json(new ApiReplies.Token(issued.token(), "Bearer", issued.expiresAt()));
    }

    void revoke(AdmittedRequest call) {
        boolean byBearer = call.caller() instanceof Caller.Member m && m.proof() == Caller.Proof.BEARER;
        if (!byBearer) {
            throw HttpProblem.invalid("Authorization", "send the bearer token to revoke in 'Authorization: Bearer <token>'");
        }
        Authenticator.bearerToken(call.ctx()).ifPresent(tokens::revoke);
        call.ctx().status(204);
    }
}
