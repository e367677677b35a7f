package org.repatria.server.exchange;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.store.Store;
import org.repatria.store.exchange.StoredNomination;

/**
 * An accepted agreement with what running it needs: every person's state now and, read when first asked (most steps
 * never ask: signing, confirming and manifests go by the plan), the nominees of both sides with their list rows.
 */
final class AcceptedAgreement {
    private final Store store;
    private final ReplayedAgreement replayed;
    private final Agreement agreement;
    private final Map<PersonRef, String> states;
    private final ListedPersons persons;
    private Optional<Rosters> rosters = Optional.empty();

    private AcceptedAgreement(Store store, ReplayedAgreement replayed, Agreement agreement, Map<PersonRef, String> states) {
        this.store = store;
        this.replayed = replayed;
        this.agreement = agreement;
        this.states = states;
        this.persons = new ListedPersons(store);
    }

    /** Loads the agreement the reader may see; 404 when hidden, 409 while it is under negotiation. */
    static AcceptedAgreement of(Store store, AgreementAccess agreements, Account reader, String id) {
        ReplayedAgreement replayed = agreements.require(reader, id);
        Agreement agreement = agreements.accepted(replayed);
        return new AcceptedAgreement(store, replayed, agreement, store.exchanges().states(id));
    }

    ReplayedAgreement replayed() {
        return replayed;
    }

    /** The accepted text. */
    Agreement agreement() {
        return agreement;
    }

    /** Each side's nominees as the planner takes them; read from the nominations and their rows on first use. */
    Rosters rosters() {
        if (rosters.isEmpty()) {
            rosters = Optional.of(Rosters.of(agreement, store.exchanges().nominations(id()), persons));
        }
        return rosters.orElseThrow();
    }

    /**
     * The nominees among {@code people}, by person, made as {@link #rosters()} makes them but reading the list rows of
     * those persons only (the handover check needs the few delivered so far, not both rosters).
     */
    Map<PersonRef, Nominee> nominees(Collection<PersonRef> people) {
        if (rosters.isPresent()) {
            Map<PersonRef, Nominee> all = rosters.orElseThrow().nominees();
            Map<PersonRef, Nominee> out = new HashMap<>();
            people.stream().filter(all::containsKey).forEach(p -> out.put(p, all.get(p)));
            return out;
        }
        Map<PersonRef, StoredNomination> nominated = new HashMap<>();
        Set<PersonRef> wanted = Set.copyOf(people);
        store.exchanges().nominations(id()).stream().filter(n -> wanted.contains(n.person()))
                .forEach(n -> nominated.put(n.person(), n));
        persons.load(nominated.keySet());
        Map<PersonRef, Nominee> out = new HashMap<>();
        nominated.forEach((p, n) -> out.put(p, persons.nominee(p, n.party(), ListedPersons.health(n.health(), "health"))));
        return out;
    }

    /** Every person's state when the agreement was loaded, by person. */
    Map<PersonRef, String> states() {
        return states;
    }

    /** The list rows behind the nominees, read once each for this step. */
    ListedPersons persons() {
        return persons;
    }

    String id() {
        return replayed.id();
    }
}
