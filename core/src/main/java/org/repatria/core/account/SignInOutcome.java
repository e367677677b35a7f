package org.repatria.core.account;

/** How one sign-in attempt ended, as recorded for the party's supervisor (docs/decisions/0182). */
public enum SignInOutcome {
    /** Signed in: the password (and the second factor's code, when the account has or needs one) right, the account active. */
    SIGNED_IN,
    /** The password was right, and the second factor's code (or setting the factor up) is due before a session starts. */
    CODE_DUE,
    /** The password was right but the second factor's code was wrong, expired or used already. */
    WRONG_CODE,
    /** The password was right but the account must choose a new one first (after a reset). */
    PASSWORD_CHANGE_DUE,
    /** The password was wrong. */
    WRONG_PASSWORD,
    /** No account has the name typed; the name itself is not kept. */
    NO_SUCH_ACCOUNT,
    /** The password was right but the account is disabled. */
    DISABLED;

    /** Whether the attempt was refused (a step still due is not a refusal). */
    public boolean refused() {
        return this != SIGNED_IN && this != CODE_DUE && this != PASSWORD_CHANGE_DUE;
    }
}
