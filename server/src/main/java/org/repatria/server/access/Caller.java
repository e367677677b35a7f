package org.repatria.server.access;

import java.util.Optional;
import org.repatria.core.account.Account;

/** Who is making a request: nobody known, or an account and how it proved itself. */
public sealed interface Caller {

    /** No valid session or token came with the request. */
    record Anonymous() implements Caller {
        @Override
        public Optional<Account> account() {
            return Optional.empty();
        }
    }

    /** A signed-in account. */
    record Member(Account member, Proof proof) implements Caller {
        @Override
        public Optional<Account> account() {
            return Optional.of(member);
        }
    }

    /** How a member proved itself: a desk session cookie needs CSRF protection, a bearer token does not. */
    enum Proof { SESSION, BEARER }

    Optional<Account> account();

    static Caller anonymous() {
        return new Anonymous();
    }
}
