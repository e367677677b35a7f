package org.repatria.server;

import org.repatria.core.account.Account;
import org.repatria.server.auth.Passwords;
import org.repatria.store.Store;

/** Creates accounts with Argon2id-hashed passwords, for tests (the demo hashes its own accounts beside the generation). */
public final class Seeding {
    private Seeding() {
    }

    /** Stores {@code account} with the hash of {@code password}; the party must already be stored. */
    public static void addAccount(Store store, Account account, char[] password) {
        if (password.length < 8) {
            throw new IllegalArgumentException("the password of " + account.username() + " needs at least 8 characters");
        }
        if (password.length > org.repatria.server.auth.PasswordRules.MAX_LENGTH) { // issue 17: accounts (0182)
            throw new IllegalArgumentException("the password of " + account.username() + " has " + password.length
                    + " characters; the limit is " + org.repatria.server.auth.PasswordRules.MAX_LENGTH);
        }
        store.accounts().add(account, Passwords.hash(password));
    }
}
