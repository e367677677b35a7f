package org.repatria.server.auth;

import java.util.Optional;
import org.repatria.server.access.Caller;

/** What the request proved about its sender: the caller, and the desk session it came in, if any. */
public record Identity(Caller caller, Optional<Session> session) {
    public static Identity anonymous() {
        return new Identity(Caller.anonymous(), Optional.empty());
    }
}
