package org.repatria.server.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListPurpose;
import org.repatria.store.Store;
import org.repatria.store.request.RequestedList;
import org.repatria.store.request.StoredAnswer;
import org.repatria.store.request.View;

/**
 * The answers to the requests for a row, by the rule of the request pages (docs/decisions/0146): the mediator and the
 * requested party read them as submitted, the requesting side (the list's author) as the mediator relayed them; an
 * observer reads a request's counts, never its rows, and an identification unit none.
 */
final class RowAnswers {
    private final Store store;

    RowAnswers(Store store) {
        this.store = store;
    }

    /** The answers for row {@code rowId} of request list {@code list} that {@code reader} may read, oldest first. */
    List<Dossier.Answer> of(Account reader, ListHeader list, String rowId) {
        if (list.purpose() != ListPurpose.REQUEST) {
            return List.of();
        }
        List<Dossier.Answer> out = new ArrayList<>();
        for (RequestedList r : store.requests().requested(list.id())) {
            view(reader, r).ifPresent(view -> store.requests().history(list.id(), r.requested(), view, List.of(rowId))
                    .getOrDefault(rowId, List.of()).forEach(a -> out.add(answer(r, a))));
        }
        out.sort(Comparator.comparing(Dossier.Answer::submitted));
        return out;
    }

    private static Optional<View> view(Account reader, RequestedList r) {
        if (reader.role() == Role.MEDIATOR || (reader.role() == Role.PARTY_DESK && reader.party().equals(r.requested()))) {
            return Optional.of(View.SUBMITTED);
        }
        return reader.role() == Role.PARTY_DESK && reader.party().equals(r.author()) ? Optional.of(View.SHOWN) : Optional.empty();
    }

    private static Dossier.Answer answer(RequestedList r, StoredAnswer a) {
        return new Dossier.Answer(r.requested(), a.answer().status(), a.answer().date(), a.answer().place(),
                a.answer().nameHeld(), a.answer().note(), a.submitted());
    }
}
