package org.repatria.demo;

import java.util.Objects;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.account.Permission;

/**
 * A demo login, its password, which {@code repatria demo} prints, and what its party granted it beyond its role (working
 * children's cases, supervising); never for a real deployment.
 */
public record DemoAccount(Account account, String password, Set<Permission> permissions) {
    public DemoAccount {
        Objects.requireNonNull(account, "account");
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("a demo password needs at least 12 characters");
        }
        permissions = Set.copyOf(permissions);
    }

    /** A demo login with its role alone. */
    public DemoAccount(Account account, String password) {
        this(account, password, Set.of());
    }
}
