package org.repatria.core.account;

/** How one sign-in attempt ended, as recorded for the party's supervisor (docs/decisions/0182). */
public enum SignInOutcome {
    /** The password was right and the account active: signed in (or, on the command line, a token issued). */
    SIGNED_IN,
    /** The password was right but the account must choose a new one first (after a reset). */
    PASSWORD_CHANGE_DUE,
    /** The password was wrong. */
    WRONG_PASSWORD,
    /** No account has the name typed; the name itself is not kept. */
    NO_SUCH_ACCOUNT,
    /** The password was right but the account is disabled. */
    DISABLED
}
