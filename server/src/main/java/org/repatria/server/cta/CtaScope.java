package org.repatria.server.cta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.Visibility;
import org.repatria.core.party.Party;
import org.repatria.core.person.Category;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.Store;

/**
 * Which rows an export holds, and every refusal before one is read: a party desk only; its own lists only (holding
 * lists whole; of its other lists, the rows it handed over); children's lists only for an account with the children
 * permission, and only when asked for by category or list; at most the row limit.
 */
final class CtaScope {
    /** What an export holds when no category is named: everyone but children, who are not prisoners of war. */
    private static final Set<Category> DEFAULT = EnumSet.of(Category.POW, Category.CIVILIAN, Category.REMAINS);
    private final Store store;
    private final ChildRecords children;
    private final Handovers handovers;

    CtaScope(Store store, ChildRecords children, Handovers handovers) {
        this.store = store;
        this.children = children;
        this.handovers = handovers;
    }

    CtaSelection select(Account reader, Optional<String> category, Optional<String> list, int maxRows) {
        if (reader.role() != Role.PARTY_DESK) {
            throw HttpProblem.forbidden("the CTA export is a party desk's, of its own persons; account "
                    + reader.username() + " is a " + reader.role().name().toLowerCase(Locale.ROOT) + " account");
        }
        Set<Category> categories = categories(category.filter(c -> !c.isBlank()));
        Optional<ListHeader> one = list.filter(l -> !l.isBlank()).map(l -> own(reader, l));
        Map<PersonRef, Exchanged> exchanged = handovers.of(reader.party());
        Set<ListId> handedLists = new HashSet<>();
        exchanged.keySet().forEach(r -> handedLists.add(r.list()));
        List<ListHeader> lists = new ArrayList<>();
        for (ListHeader h : one.map(List::of).orElseGet(() -> store.lists().headers())) {
            boolean wanted = one.isPresent() ? category.isEmpty() || categories.contains(h.category())
                    : categories.contains(h.category());
            if (wanted && h.author().equals(reader.party())
                    && (h.purpose() == ListPurpose.HOLDING || handedLists.contains(h.id()))) {
                lists.add(h);
            }
        }
        if (lists.stream().anyMatch(ChildRecords::isChildList)) {
            children.requireReader(reader);
        }
        lists.sort(Comparator.comparing(ListHeader::created).thenComparing(h -> h.id().toString()));
        Set<PersonRef> handedOnly = new HashSet<>();
        long rows = 0;
        for (ListHeader h : lists) {
            if (h.purpose() == ListPurpose.HOLDING) {
                rows += h.rowCount();
            } else {
                List<String> ids = exchanged.keySet().stream().filter(r -> r.list().equals(h.id()) && exchanged.get(r)
                        .crossed()).map(PersonRef::rowId).toList();
                Set<String> found = store.lists().personsByRowId(h.id(), ids).keySet();
                found.forEach(id -> handedOnly.add(new PersonRef(h.id(), id)));
                rows += found.size();
            }
        }
        if (rows > maxRows) {
            throw new HttpProblem(413, "too_many_rows", String.format(Locale.ROOT, "the export would hold %,d rows; the"
                    + " limit is %,d rows (CtaExport.MAX_ROWS): narrow it to one category or one list", rows, maxRows),
                    Optional.empty());
        }
        String power = store.parties().find(reader.party()).map(Party::name).orElse(reader.party().value());
        return new CtaSelection(reader, power, lists, exchanged, handedOnly, (int) rows);
    }

    private static Set<Category> categories(Optional<String> category) {
        if (category.isEmpty()) {
            return DEFAULT;
        }
        try {
            return EnumSet.of(Category.valueOf(category.get().strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("category", "is one of POW, CIVILIAN, REMAINS or CHILD, not '"
                    + category.get().strip() + "'");
        }
    }

    private ListHeader own(Account reader, String raw) {
        ListId id;
        try {
            id = ListId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("list", "is not a list id (a UUID)");
        }
        ListHeader h = store.lists().header(id).filter(l -> Visibility.canRead(reader, l, store.lists().relayedTo(id)))
                .orElseThrow(() -> HttpProblem.notFound("no list " + id + " that you may read"));
        if (!h.author().equals(reader.party())) {
            throw HttpProblem.forbidden("list " + id + " is " + h.author() + "'s: the CTA export holds your party's own"
                    + " persons only (" + reader.party() + "); the other party exports its own");
        }
        return h;
    }
}
