package org.repatria.server.route;

import io.javalin.http.Context;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.server.access.Caller;
import org.repatria.server.auth.Identity;
import org.repatria.server.auth.Session;

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
}
