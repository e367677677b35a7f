package org.repatria.server.request;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.request.Ageing;
import org.repatria.core.request.RowStatus;
import org.repatria.server.request.RequestMessages.RequestReply;
import org.repatria.store.request.Deadline;
import org.repatria.store.request.RequestedList;

/**
 * A request's figures from the counts of its answered rows: every status counted ({@code unanswered} = the rows no
 * answer reached), answered (no longer waiting), the waiting rows in the age bucket of the list's relay, and overdue
 * (every waiting row once the deadline passed).
 */
final class RequestCounts {
    private RequestCounts() {
    }

    static RequestReply reply(RequestedList r, Map<RowStatus, Integer> answered, Instant now) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        int given = 0;
        int done = 0;
        for (RowStatus s : RowStatus.values()) {
            int n = s == RowStatus.UNANSWERED ? 0 : answered.getOrDefault(s, 0);
            byStatus.put(s.token(), n);
            given += n;
            done += s.waits() ? 0 : n;
        }
        byStatus.put(RowStatus.UNANSWERED.token(), Math.max(0, r.rows() - given));
        int waiting = Math.max(0, r.rows() - done);
        Map<String, Integer> ageing = new LinkedHashMap<>();
        for (Ageing.Bucket b : Ageing.Bucket.values()) {
            ageing.put(b.token(), 0);
        }
        if (waiting > 0) {
            ageing.put(Ageing.Bucket.ofDays(Ageing.days(r.relayed(), now)).token(), waiting);
        }
        Optional<Instant> deadline = r.deadline().map(Deadline::at);
        int overdue = Ageing.overdue(RowStatus.UNANSWERED, deadline, now) ? waiting : 0;
        return new RequestReply(r.list().toString(), r.author().value(), r.requested().value(), r.category().name(),
                deadline.orElse(null), r.relayed(), r.rows(), byStatus, overdue, done, ageing);
    }
}
