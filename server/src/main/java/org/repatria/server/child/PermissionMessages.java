package org.repatria.server.child;

import java.util.List;
import java.util.Set;
import org.repatria.core.account.Permission;

/** The JSON of the permission routes. */
public final class PermissionMessages {
    private PermissionMessages() {
    }

    /** A permission to grant: {@code children} or {@code supervisor}. */
    public record GrantRequest(String permission) {
    }

    /** An account of the caller's party and the permissions it holds ({@code children}, {@code supervisor}). */
    public record AccountPermissionsReply(String username, List<String> permissions) {
        static AccountPermissionsReply of(String username, Set<Permission> held) {
            return new AccountPermissionsReply(username, held.stream().sorted().map(Permission::token).toList());
        }
    }
}
