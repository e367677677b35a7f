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
    PASSWORD_CHANGED,
    /** Granted the permission to work children's cases (0147). */
    CHILDREN_GRANTED,
    /** The permission to work children's cases revoked. */
    CHILDREN_REVOKED,
    /** Granted the permission to supervise its party (0147). */
    SUPERVISOR_GRANTED,
    /** The permission to supervise revoked. */
    SUPERVISOR_REVOKED;

    /** The action that records granting ({@code granted}) or revoking a permission, by the permission's token. */
    public static AccountAction ofPermission(Permission permission, boolean granted) {
        return valueOf(permission.name() + (granted ? "_GRANTED" : "_REVOKED"));
    }
}
