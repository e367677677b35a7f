package org.repatria.demo;

import java.util.Objects;
import org.repatria.core.account.Account;

/** A demo login and its password, which {@code repatria demo} prints; never for a real deployment. */
public record DemoAccount(Account account, String password) {
    public DemoAccount {
        Objects.requireNonNull(account, "account");
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("a demo password needs at least 12 characters");
        }
    }
}
