package org.repatria.server.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.server.child.ChildCase;
import org.repatria.store.Store;
import org.repatria.store.request.StoredAnswer;
import org.repatria.store.request.View;

/**
 * The answers given for a child's row, newest first, as the case page shows them: the requesting side sees those the
 * mediator relayed to it, the requested side its own as submitted, the mediator all as submitted (decision 0146).
 */
final class CaseAnswers {
    private final Store store;

    CaseAnswers(Store store) {
        this.store = store;
    }

    /** The answers for the case's row that {@code reader} may see, newest first. */
    List<ChildViews.Answer> of(Account reader, ChildCase c, Text t) {
        boolean requesting = c.list().author().equals(reader.party());
        View view = requesting ? View.SHOWN : View.SUBMITTED;
        Set<PartyId> requested = store.lists().relayedTo(c.list().id());
        List<StoredAnswer> found = new ArrayList<>();
        for (PartyId party : requested) {
            if (requesting || reader.role() == Role.MEDIATOR || party.equals(reader.party())) {
                found.addAll(store.requests().history(c.list().id(), party, view, List.of(c.child().rowId()))
                        .getOrDefault(c.child().rowId(), List.of()));
            }
        }
        return found.stream().sorted(Comparator.comparing(StoredAnswer::submitted).reversed()).map(a -> new ChildViews.Answer(
                t.find("request.status." + a.answer().status().token()).orElse(a.answer().status().token()),
                a.answer().date().iso(), a.answer().place(), a.answer().nameHeld().full(), a.answer().note(),
                t.when(a.submitted()))).toList();
    }
}
