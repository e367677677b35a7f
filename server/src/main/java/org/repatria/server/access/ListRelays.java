package org.repatria.server.access;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.repatria.core.account.Account;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.server.document.ListDocuments;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.DuplicateException;
import org.repatria.store.Store;

/**
 * The mediator's relay: makes a signed list readable by one of its addressees, and logs the relay, so the list's trail
 * shows it. An unsigned list is not relayed at all, since nothing on the log would show what was passed on
 * (docs/decisions/0066); nor is a list relayed to a party its author did not address, such as an observer
 * (docs/decisions/0136). Relaying twice is harmless.
 */
public final class ListRelays {
    private final Store store;
    private final Clock clock;
    private final ListDocuments documents;

    /** Relays recorded in {@code store} at {@code clock}'s time; a signed list's relay logged through {@code documents}. */
    public ListRelays(Store store, Clock clock, ListDocuments documents) {
        this.store = store;
        this.clock = clock;
        this.documents = documents;
    }

    /**
     * Relays {@code list} to the party named {@code rawTo} for {@code mediator} and returns every recipient afterwards.
     *
     * @throws HttpProblem 400 (field {@code to}) when the party is missing, unknown, the mediator or the author; 409 when
     *     the list is not signed yet; 422 {@code not_addressee} (field {@code to}) when its author did not address it to
     *     that party, such as an observer
     */
    public Set<PartyId> relay(Account mediator, VisibleList list, String rawTo) {
        PartyId to = recipient(rawTo, list);
        if (store.lists().envelopeId(list.header().id()).isEmpty()) {
            throw HttpProblem.conflict("list_unsigned", "sign the list first: " + list.header().author() + " has not signed it,"
                    + " so it is not on the log, and a relay of it would leave no trace there; ask its author to sign it,"
                    + " then relay it");
        }
        documents.requireAddressee(list.header(), to);
        Set<PartyId> recipients = new TreeSet<>(list.relayedTo());
        if (recipients.add(to)) {
            // The log first: a crash before the relay row leaves the list unrelayed in the store, and relaying it
            // again finds the log step already there.
            documents.relay(mediator, list.header(), to);
            try {
                store.lists().relay(list.header().id(), to, clock.instant());
            } catch (DuplicateException relayedMeanwhile) {
                // Another request relayed it first; the outcome is the same.
            }
        }
        return recipients;
    }

    private PartyId recipient(String raw, VisibleList list) {
        if (raw == null || raw.isBlank()) {
            throw HttpProblem.invalid("to", "is required: the id of the party to relay the list to");
        }
        PartyId to;
        try {
            to = PartyId.of(raw);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("to", "is not a party id (such as 'ua')");
        }
        Party party = store.parties().find(to).orElseThrow(() -> HttpProblem.invalid("to", "no party '" + to + "'"));
        if (party.kind() == PartyKind.MEDIATOR) {
            throw HttpProblem.invalid("to", "the mediator sees every list already; relay to a party or an observer");
        }
        if (to.equals(list.header().author())) {
            throw HttpProblem.invalid("to", "party '" + to + "' wrote this list");
        }
        return to;
    }
}
