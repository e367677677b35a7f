package org.repatria.server.route;

import io.javalin.http.Context;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.server.access.Caller;
import org.repatria.server.auth.Identity;
import org.repatria.server.auth.Session;
import org.repatria.server.error.HttpProblem;

/** One admitted request: the Javalin context and who sent it. */
public record AdmittedRequest(Context ctx, Identity identity) {

    public Caller caller() {
        return identity.caller();
    }

    /** The signed-in account; only for routes whose rule admits signed-in callers alone. */
    public Account account() {
        return identity.caller().account().orElseThrow(() ->
                new IllegalStateException("route " + ctx.path() + " reads the account but its rule admits anonymous callers"));
    }

    public Optional<Session> session() {
        return identity.session();
    }

    /** The path parameter {@code name} as a whole number from 1; 400 naming it otherwise. */
    public int pathNumber(String name) {
        String raw = ctx.pathParam(name);
        try {
            int n = Integer.parseInt(raw);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw HttpProblem.invalid(name, "give a number from 1, not '" + raw + "'");
    }
}
