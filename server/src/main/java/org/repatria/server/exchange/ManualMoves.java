package org.repatria.server.exchange;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.AgreementException;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.lifecycle.Lifecycle;
import org.repatria.core.lifecycle.PersonState;
import org.repatria.core.list.ListId;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.error.Refusals;
import org.repatria.server.exchange.AgreementMessages.MoveReply;
import org.repatria.server.exchange.AgreementMessages.MoveRequest;
import org.repatria.server.exchange.AgreementMessages.MovesRequest;
import org.repatria.store.Store;
import org.repatria.store.exchange.StoredMove;

/**
 * Lifecycle moves asked for by hand (a refusal after the mediator's interview, a person not found, a withdrawal): all
 * of a request or none; an impossible move is a 409 saying why and what is allowed from where the person stands.
 */
final class ManualMoves {
    private final Store store;
    private final AgreementAccess agreements;
    private final Lifecycle lifecycle;
    private final Clock clock;

    ManualMoves(Store store, AgreementAccess agreements, Lifecycle lifecycle, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    List<MoveReply> move(Account caller, String id, MovesRequest request) {
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, caller, id);
        List<MoveRequest> asked = Optional.ofNullable(request.moves()).orElse(List.of());
        if (asked.isEmpty()) {
            throw HttpProblem.invalid("moves", "name at least one move");
        }
        MoveBatch batch = new MoveBatch(loaded.replayed().stored(), loaded.states(), lifecycle, clock.instant());
        for (int i = 0; i < asked.size(); i++) {
            MoveRequest m = asked.get(i);
            String field = "moves[" + i + "]";
            Nominee n = nominee(loaded, m, field);
            batch.move(n, state(m.to(), field + ".to"), caller, Optional.ofNullable(m.reason()).orElse(""));
        }
        Refusals.translate(() -> store.exchanges().move(id, batch.moves()));
        return batch.moves().stream().map(ManualMoves::reply).toList();
    }

    /** The history the reader may see: every move for the mediator, its own side's persons for a side. */
    List<MoveReply> history(Account reader, String id) {
        ReplayedAgreement replayed = agreements.require(reader, id);
        if (!agreements.readsPersons(reader, replayed.stored())) {
            return List.of();
        }
        Map<PersonRef, String> sides = new HashMap<>();
        store.exchanges().nominations(id).forEach(n -> sides.put(n.person(), n.party().value()));
        boolean side = replayed.stored().isSide(reader.party());
        return store.exchanges().history(id).stream()
                .filter(m -> !side || reader.party().value().equals(sides.get(m.person())) || m.party().equals(reader.party()))
                .map(ManualMoves::reply).toList();
    }

    static MoveReply reply(StoredMove m) {
        return new MoveReply(m.person().list().toString(), m.person().rowId(), m.from(), m.to(), m.by(), m.party().value(),
                m.at(), m.reason());
    }

    private static Nominee nominee(AcceptedAgreement loaded, MoveRequest m, String field) {
        if (m == null) {
            throw HttpProblem.invalid(field, "is required: list, row, to and reason");
        }
        try {
            PersonRef ref = new PersonRef(ListId.parse(m.list() == null ? "" : m.list()), m.row() == null ? "" : m.row());
            return Optional.ofNullable(loaded.rosters().nominees().get(ref)).orElseThrow(() -> HttpProblem.invalid(field,
                    ref + " is not nominated for agreement " + loaded.id()));
        } catch (IllegalArgumentException | AgreementException e) {
            throw HttpProblem.invalid(field, "give the list id (a UUID) and the row of a nominee");
        }
    }

    private static PersonState state(String raw, String field) {
        try {
            return PersonState.valueOf((raw == null ? "" : raw).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid(field, "'" + raw + "' is not a state; use one of " + List.of(PersonState.values()));
        }
    }
}
