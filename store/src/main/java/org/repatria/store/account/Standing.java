package org.repatria.store.account;

import java.util.Objects;
import org.repatria.core.account.Account;

/**
 * An account and where it stands: disabled or not, whether its password must be changed before it works, and the
 * epoch of its credentials (it grows with every disable, enable and password change; a session opened under an older
 * epoch is over).
 */
public record Standing(Account account, boolean disabled, boolean passwordChangeDue, long epoch) {
    public Standing {
        Objects.requireNonNull(account, "account");
    }

    /** Whether the account may work now: enabled and with a password of its own. */
    public boolean active() {
        return !disabled && !passwordChangeDue;
    }
}
