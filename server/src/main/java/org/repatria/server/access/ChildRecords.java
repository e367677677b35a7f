package org.repatria.server.access;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.repatria.core.account.Account;
import org.repatria.core.account.Permission;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.person.Category;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;
import org.repatria.store.child.ChildRead;
import org.repatria.store.child.RecordPart;

/**
 * Need to know for children's records (docs/decisions/0147). The mediator's accounts read them ("the mediator sees what
 * passes through it"); a party's account only when the party granted it {@link Permission#CHILDREN}; observers and
 * identification units never. Every allowed read is recorded once, through {@link #recordRead}.
 */
public final class ChildRecords {
    /** The refusal's machine code; the desk says it as {@code refusal.children_only}. */
    public static final String CHILDREN_ONLY = "children_only";
    private final Store store;
    private final Clock clock;

    /** Permissions and reads kept in {@code store}; reads dated by {@code clock}. */
    public ChildRecords(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether a list holds children's records: a list of category {@code CHILD}. */
    public static boolean isChildList(ListHeader list) {
        return list.category() == Category.CHILD;
    }

    /** The permissions the account's party granted it. */
    public Set<Permission> permissions(Account account) {
        return store.permissions().of(account.username());
    }

    /** Whether the account may read children's names and particulars. */
    public boolean mayRead(Account reader) {
        return switch (reader.role()) {
            case MEDIATOR -> true;
            case PARTY_DESK -> permissions(reader).contains(Permission.CHILDREN);
            case IDENTIFICATION, OBSERVER -> false;
        };
    }

    /** Whether the account may read this list's persons: any list but a children's one, which needs {@link #mayRead}. */
    public boolean mayReadPersons(Account reader, ListHeader list) {
        return !isChildList(list) || mayRead(reader);
    }

    /**
     * Refuses an account that may not read children's records.
     *
     * @throws HttpProblem 403 {@code children_only}
     */
    public void requireReader(Account reader) {
        if (!mayRead(reader)) {
            throw refusal(reader);
        }
    }

    /**
     * Refuses an account that may not read this list's persons (a children's list, read without the permission).
     *
     * @throws HttpProblem 403 {@code children_only}
     */
    public void requirePersons(Account reader, ListHeader list) {
        if (!mayReadPersons(reader, list)) {
            throw refusal(reader);
        }
    }

    /**
     * Records one read of a children's list (a row, or the whole list when {@code rowId} is empty); a read of any other
     * list records nothing. Returns whether it recorded one.
     *
     * @throws HttpProblem 403 {@code children_only} when the reader may not read it (nothing is recorded)
     */
    public boolean recordRead(Account reader, ListHeader list, Optional<String> rowId, RecordPart what) {
        if (!isChildList(list)) {
            return false;
        }
        requireReader(reader);
        store.childReads().record(new ChildRead(UUID.randomUUID().toString(), clock.instant(), reader.username(),
                reader.party(), reader.role(), list.id(), list.author(), rowId, what));
        return true;
    }

    /** As {@link #recordRead(Account, ListHeader, Optional, RecordPart)}, for a list known by its id; unknown: nothing. */
    public boolean recordRead(Account reader, ListId list, Optional<String> rowId, RecordPart what) {
        return store.lists().header(list).map(h -> recordRead(reader, h, rowId, what)).orElse(false);
    }

    /** Whether the account supervises its party: grants permissions and reads the record of reads. */
    public boolean supervises(Account account) {
        return account.role() != Role.OBSERVER && permissions(account).contains(Permission.SUPERVISOR);
    }

    /**
     * Refuses an account that does not supervise its party.
     *
     * @throws HttpProblem 403 {@code supervisors_only}
     */
    public void requireSupervisor(Account account) {
        if (!supervises(account)) {
            throw new HttpProblem(403, "supervisors_only", "only a supervisor of " + account.party() + " may take this step;"
                    + " account " + account.username() + " is not one: ask your party's supervisor", Optional.empty());
        }
    }

    private static HttpProblem refusal(Account reader) {
        return new HttpProblem(403, CHILDREN_ONLY, "children's records are read only by the accounts that work children's"
                + " cases; account " + reader.username() + " is not one: ask your party's supervisor to grant it the"
                + " 'children' permission, or ask a colleague who works children's cases", Optional.empty());
    }
}
