package org.repatria.server.desk;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.VisibleList;
import org.repatria.server.auth.Identity;
import org.repatria.server.auth.Session;
import org.repatria.server.document.RelayQueue;
import org.repatria.store.Store;

/** Builds what every page shares, and formats lists for tables. */
final class PageFactory {
    private final Store store;
    private final boolean secureCookies;
    private final ToIntFunction<Account> today;
    private final IntSupplier awaiting;

    PageFactory(Store store, boolean secureCookies) {
        this.store = store;
        this.secureCookies = secureCookies;
        this.today = a -> 0;
        this.awaiting = new RelayQueue(store)::count;
    }

    /**
     * As above, counting what waits on a mediator's or party desk's reader today with {@code today}, and the documents
     * awaiting relay with {@code awaiting} (issue 17: both from the fold of the log, cheap on every page).
     */
    PageFactory(Store store, boolean secureCookies, ToIntFunction<Account> today, IntSupplier awaiting) {
        this.store = store;
        this.secureCookies = secureCookies;
        this.today = today;
        this.awaiting = awaiting;
    }

    Page page(Context ctx, Identity identity, String titleKey) {
        return page(ctx, identity, titleKey, OptionalInt.empty());
    }

    /** A page whose count of work for today was computed already ({@code known}; empty: count it here). */
    Page page(Context ctx, Identity identity, String titleKey, OptionalInt known) {
        Language lang = Language.of(ctx, secureCookies);
        Text t = new Text(lang).withParties(partyIds());
        String csrf = identity.session().map(Session::csrf).orElse("");
        Optional<Account> account = identity.caller().account();
        // On the mediator's pages only: the queue's size in the navigation.
        OptionalInt awaiting = account.filter(a -> a.role() == Role.MEDIATOR).isPresent()
                ? OptionalInt.of(this.awaiting.getAsInt()) : OptionalInt.empty();
        OptionalInt due = account.filter(a -> a.role() == Role.MEDIATOR || a.role() == Role.PARTY_DESK)
                .map(a -> known.isPresent() ? known : OptionalInt.of(today.applyAsInt(a))).orElse(OptionalInt.empty());
        return new Page(t, lang, account, csrf, ctx.path(), ctx.queryParamMap(), t.get(titleKey), "", awaiting, due);
    }

    Page page(Context ctx, Session session, String titleKey) {
        Page p = page(ctx, Identity.anonymous(), titleKey);
        return new Page(p.t(), p.lang(), p.account(), session.csrf(), p.path(), p.query(), p.title(), "", OptionalInt.empty());
    }

    Map<PartyId, String> partyNames() {
        Map<PartyId, String> names = new HashMap<>();
        for (Party p : store.parties().all()) {
            names.put(p.id(), p.name());
        }
        return names;
    }

    private Map<String, String> partyIds() {
        Map<String, String> names = new HashMap<>();
        for (Party p : store.parties().all()) {
            names.put(p.id().value(), p.name());
        }
        return names;
    }

    static Views.ListLine line(VisibleList v, Text t, Map<PartyId, String> names, Account reader) {
        var h = v.header();
        var recipients = v.recipientsSeenBy(reader).stream().sorted().map(p -> names.getOrDefault(p, p.value())).toList();
        return new Views.ListLine("/desk/lists/" + h.id(), h.title(), names.getOrDefault(h.author(), h.author().value()),
                t.of("purpose", h.purpose()), t.of("category", h.category()), t.number(h.rowCount()), t.when(h.created()),
                recipients.isEmpty() ? t.get("relayed.none") : String.join(", ", recipients));
    }
}
