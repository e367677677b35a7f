package org.repatria.server.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.agreement.Verdict;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.exchange.AgreementMessages.NominationReply;
import org.repatria.server.exchange.AgreementMessages.NominationRequest;
import org.repatria.server.exchange.AgreementMessages.NomineeRequest;
import org.repatria.store.Store;
import org.repatria.store.exchange.StoredNomination;

/**
 * A side nominates rows of its own lists for an accepted agreement: each gets the eligibility verdict with its reason,
 * the counterparty's request row when a usable match link ties it to one, and (when eligible) the move to nominated.
 */
final class Nominations {
    private final Store store;
    private final AgreementAccess agreements;
    private final Lifecycle lifecycle;
    private final Clock clock;

    Nominations(Store store, AgreementAccess agreements, Lifecycle lifecycle, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    List<NominationReply> nominate(Account caller, String id, NominationRequest request) {
        ReplayedAgreement replayed = agreements.requireSide(caller, id);
        Agreement agreement = agreements.accepted(replayed);
        ListHeader list = ownList(caller, request.list());
        List<NomineeRequest> asked = Optional.ofNullable(request.nominees()).orElse(List.of());
        if (asked.isEmpty()) {
            throw HttpProblem.invalid("nominees", "name at least one row to nominate");
        }
        Instant now = clock.instant();
        ListedPersons persons = new ListedPersons(store).load(refs(list.id(), asked));
        Map<String, PersonRef> links = RequestLinks.of(store, list.id(), agreement.counterpart(caller.party()));
        MoveBatch batch = new MoveBatch(replayed.stored(), store.exchanges().states(id), lifecycle, now);
        int priority = store.exchanges().nextPriority(id, caller.party());
        Set<String> seen = new HashSet<>();
        List<StoredNomination> nominations = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            NomineeRequest n = asked.get(i);
            String field = "nominees[" + i + "]";
            if (n == null) {
                throw HttpProblem.invalid(field, "is required: row, health and reserve");
            }
            if (n.row() == null || n.row().isBlank() || !seen.add(n.row().strip())) {
                throw HttpProblem.invalid(field + ".row", n.row() == null || n.row().isBlank() ? "is required"
                        : "row '" + n.row() + "' is named twice in this request");
            }
            PersonRef ref = new PersonRef(list.id(), n.row());
            persons.person(ref, field + ".row");
            Nominee nominee = persons.nominee(ref, caller.party(), ListedPersons.health(n.health(), field + ".health"));
            Verdict verdict = Eligibility.check(agreement.terms(), nominee);
            nominations.add(new StoredNomination(caller.party(), ref, priority + i, n.reserve(), nominee.health().token(),
                    verdict.eligible(), verdict.reason(), Optional.ofNullable(links.get(ref.rowId())), caller.username(), now));
            if (verdict.eligible()) {
                batch.move(nominee, PersonState.CONFIRMED_HELD, PersonState.NOMINATED, caller, ServerNote.NOMINATED.write(id));
            }
        }
        Refusals.translate(() -> store.exchanges().nominate(id, nominations, batch.moves()));
        Map<PersonRef, String> states = store.exchanges().states(id);
        return nominations.stream().map(n -> reply(n, persons, states)).toList();
    }

    /**
     * What nominating {@code rows} of the caller's list would give each — verdict with reason, the request row a
     * match ties it to — with nothing stored and no move made (the desk shows it before the side nominates).
     */
    List<NominationReply> preview(Account caller, String id, NominationRequest request) {
        Agreement agreement = agreements.accepted(agreements.requireSide(caller, id));
        ListHeader list = ownList(caller, request.list());
        List<NomineeRequest> asked = Optional.ofNullable(request.nominees()).orElse(List.of());
        ListedPersons persons = new ListedPersons(store).load(refs(list.id(), asked));
        Map<String, PersonRef> links = RequestLinks.of(store, list.id(), agreement.counterpart(caller.party()));
        List<NominationReply> out = new ArrayList<>();
        for (NomineeRequest n : asked) {
            PersonRef ref = new PersonRef(list.id(), n.row());
            Nominee nominee = persons.nominee(ref, caller.party(), ListedPersons.health(n.health(), "health-" + n.row()));
            Verdict verdict = Eligibility.check(agreement.terms(), nominee);
            Optional<PersonRef> tie = Optional.ofNullable(links.get(ref.rowId()));
            out.add(new NominationReply(caller.party().value(), list.id().toString(), n.row(),
                    ListedPersons.name(persons.person(ref, "row")), 0, n.reserve(), nominee.health().token(), verdict.eligible(),
                    verdict.reason(), tie.map(r -> r.list().toString()).orElse(""), tie.map(PersonRef::rowId).orElse(""),
                    ""));
        }
        return out;
    }

    /** The nominations the reader may see: its own side's, or all for the mediator. */
    List<NominationReply> list(Account reader, String id) {
        ReplayedAgreement replayed = agreements.require(reader, id);
        if (!agreements.readsPersons(reader, replayed.stored())) {
            return List.of();
        }
        List<StoredNomination> shown = store.exchanges().nominations(id).stream()
                .filter(n -> !replayed.stored().isSide(reader.party()) || n.party().equals(reader.party())).toList();
        ListedPersons persons = new ListedPersons(store).load(shown.stream().map(StoredNomination::person).toList());
        Map<PersonRef, String> states = store.exchanges().states(id);
        return shown.stream().map(n -> reply(n, persons, states)).toList();
    }

    /** The rows a request names, to read in one go; a malformed entry is left for the step's own check to name. */
    private static List<PersonRef> refs(ListId list, List<NomineeRequest> asked) {
        return asked.stream().filter(n -> n != null && n.row() != null && !n.row().isBlank())
                .map(n -> new PersonRef(list, n.row())).toList();
    }

    private ListHeader ownList(Account caller, String raw) {
        ListId listId;
        try {
            listId = ListId.parse(raw == null ? "" : raw);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("list", "is not a list id (a UUID)");
        }
        return store.lists().header(listId).filter(h -> h.author().equals(caller.party())).orElseThrow(() ->
                HttpProblem.invalid("list", "no list " + listId + " of yours; a side nominates from its own lists"));
    }

    static NominationReply reply(StoredNomination n, ListedPersons persons, Map<PersonRef, String> states) {
        return new NominationReply(n.party().value(), n.person().list().toString(), n.person().rowId(),
                ListedPersons.name(persons.person(n.person(), "row")), n.priority(), n.reserve(), n.health(), n.eligible(),
                n.reason(), n.request().map(r -> r.list().toString()).orElse(""), n.request().map(PersonRef::rowId).orElse(""),
                states.getOrDefault(n.person(), ""));
    }
}
