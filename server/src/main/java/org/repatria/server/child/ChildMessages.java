package org.repatria.server.child;

import java.util.List;
import java.util.Set;
import org.repatria.core.account.Permission;

/** The JSON of children's protection: permissions, the record of reads, cases. */
public final class ChildMessages {
    private ChildMessages() {
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

    /** One recorded read of a child's record; {@code row_id} is empty for a read of the whole list. */
    public record ReadReply(String at, String username, String party, String role, String listId, String listAuthor,
                            String rowId, String what) {
        static ReadReply of(org.repatria.store.child.ChildRead r) {
            return new ReadReply(r.at().toString(), r.username(), r.party().value(),
                    r.role().name().toLowerCase(java.util.Locale.ROOT), r.list().toString(), r.listAuthor().value(),
                    r.rowId().orElse(""), r.what().token());
        }
    }

    /** A page of recorded reads, newest first, paged like a list's rows. */
    public record ReadPageReply(int total, int offset, int limit, List<ReadReply> rows) {
    }
}
