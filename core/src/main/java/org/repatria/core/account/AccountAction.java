package org.repatria.core.account;

/** What was done to an account, as recorded (docs/decisions/0182). */
public enum AccountAction {
    /** Disabled: its sessions and bearer tokens ended; it cannot sign in. */
    DISABLED,
    /** Enabled again after being disabled. */
    ENABLED,
    /** Its password reset by an administrator to a one-time one (or, from the command line, a chosen one). */
    PASSWORD_RESET,
    /** Its password changed by its own holder. */
    PASSWORD_CHANGED
}
