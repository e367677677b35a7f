package org.repatria.server.child;

import java.util.List;
import java.util.Optional;
import org.repatria.core.child.CaseParticulars;
import org.repatria.core.list.ListHeader;
import org.repatria.core.person.Person;
import org.repatria.store.child.Closure;
import org.repatria.store.child.StoredPhoto;

/**
 * A child's case as a child worker reads it: the list's row, the particulars entered for it and those the list itself
 * gives (the prefill), its photographs (without bytes) and its closure, if closed.
 */
public record ChildCase(ListHeader list, Person child, CaseParticulars entered, CaseParticulars fromList,
                        List<StoredPhoto> photos, Optional<Closure> closure) {
    public ChildCase {
        photos = List.copyOf(photos);
    }

    /** The particulars to show: those entered, each missing one taken from the list. */
    public CaseParticulars particulars() {
        return entered.orElse(fromList);
    }

    /** {@code open} until a reunification closes the case, then {@code closed}. */
    public String status() {
        return closure.isPresent() ? "closed" : "open";
    }
}
