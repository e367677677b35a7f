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

    /** One case of a list: the row, the child's name and birth date, open or closed, whether particulars were entered. */
    public record CaseLineReply(String rowId, String name, String birthDate, String status, boolean particulars) {
    }

    /** A photograph of a child, without its bytes (read them at {@code href}). */
    public record PhotoReply(String id, String mediaType, String caption, int size, String sha256, String addedBy,
                             String addedAt, String href) {
    }

    /**
     * A child's case: the list's row, the particulars to show ({@code particulars}: entered, else from the list), those
     * the list gives ({@code from_list}), photographs, status and, once closed, by whom, when and which record closed it.
     */
    public record CaseReply(String listId, String rowId, String status, String name, String birthDate, String birthPlace,
                            java.util.Map<String, String> particulars, java.util.Map<String, String> fromList,
                            List<PhotoReply> photos, String closedAt, String closedBy, String closedByRecord) {
    }

    /** New particulars of a case, field to value ({@code guardians}, {@code removal_date}...); fields left out are cleared. */
    public record ParticularsRequest(java.util.Map<String, String> particulars) {
    }

    /** A photograph to add: its bytes in base64 (a JPEG or PNG of at most 2 MiB) and a caption. */
    public record PhotoRequest(String caption, String content) {
    }
}
