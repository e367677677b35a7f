package org.repatria.server.reunification;

import java.util.List;
import java.util.Locale;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.person.Category;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.AgreementMessages.NominationReply;
import org.repatria.store.Store;

/**
 * The request row a reunification answers: a row of a children's request list of the receiving side, and the row the
 * child's nomination is tied to when a match tied it to one. Anything else is refused (422 {@code wrong_request_row}).
 */
final class ReunitedRequestRow {
    private ReunitedRequestRow() {
    }

    static PersonRef require(Store store, CrossedChild crossed, PersonRef named, NominationReply nomination) {
        ListHeader list = store.lists().header(named.list()).orElseThrow(() -> wrong("there is no list " + named.list()
                + "; name the row of " + crossed.receiver() + "'s children's request list this child answers"));
        if (list.purpose() != ListPurpose.REQUEST || list.category() != Category.CHILD || !list.author().equals(crossed.receiver())) {
            throw wrong("list " + named.list() + " is not a children's request list of " + crossed.receiver()
                    + " (it is a " + list.category().name().toLowerCase(Locale.ROOT) + " "
                    + list.purpose().name().toLowerCase(Locale.ROOT) + " list of " + list.author() + ")");
        }
        if (store.lists().relayedTo(named.list()).isEmpty()) {
            throw wrong("list " + named.list() + " was never relayed, so no child's case is open on it");
        }
        if (store.lists().personsByRowId(named.list(), List.of(named.rowId())).isEmpty()) {
            throw wrong("list " + named.list() + " has no row '" + named.rowId() + "'");
        }
        if (!nomination.requestList().isEmpty() && !(nomination.requestList().equals(named.list().toString())
                && nomination.requestRow().equals(named.rowId()))) {
            throw wrong("child " + crossed.child() + " was nominated as the answer to request row "
                    + nomination.requestList() + "/" + nomination.requestRow() + ", not " + named);
        }
        return named;
    }

    private static HttpProblem wrong(String message) {
        return HttpProblem.unprocessable("wrong_request_row", message + "; nothing was recorded");
    }
}
