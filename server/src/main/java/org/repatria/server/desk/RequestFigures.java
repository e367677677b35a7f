package org.repatria.server.desk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.repatria.core.person.Category;
import org.repatria.core.request.Ageing;
import org.repatria.core.request.RowStatus;
import org.repatria.server.request.RequestMessages.RequestReply;

/** A request list's figures at a glance, in the reader's words: the same on the index and on the list's own page. */
final class RequestFigures {
    /** The words of a row status are {@code request.status.<token>}. */
    private static final String STATUS = "request.status.";

    /** A row status ({@code held}, {@code not-found}...) in the reader's words. */
    static String status(Text t, String token) {
        return t.get(STATUS + token);
    }

    /** {@code countsOnly}: why the reader sees no row, in its words (empty when it sees them). */
    RequestViews.Figures of(RequestReply r, String title, String href, Optional<String> countsOnly, Text t) {
        List<RequestViews.Count> byStatus = new ArrayList<>();
        for (RowStatus s : RowStatus.values()) {
            int n = r.byStatus().getOrDefault(s.token(), 0);
            byStatus.add(new RequestViews.Count(s.token(), RequestFigures.status(t, s.token()), t.number(n), n));
        }
        List<RequestViews.Count> ageing = new ArrayList<>();
        for (Ageing.Bucket b : Ageing.Bucket.values()) {
            int n = r.ageing().getOrDefault(b.token(), 0);
            ageing.add(new RequestViews.Count(b.token(), t.of("requests.bucket", b), t.number(n), n));
        }
        long share = r.rows() == 0 ? 0 : Math.round(100.0 * r.answered() / r.rows());
        String category = Arrays.stream(Category.values()).filter(c -> c.name().equals(r.category())).findFirst()
                .map(c -> t.of("category", c)).orElse(r.category());
        return new RequestViews.Figures(href, title, t.format("requests.sides", t.party(r.requestingParty()),
                t.party(r.requestedParty())), category, t.number(r.rows()),
                t.format("requests.share", t.number(r.answered()), t.number(share)), byStatus, ageing, t.number(r.overdue()),
                r.overdue(), Optional.ofNullable(r.deadline()).map(t::when).orElse(t.get("requests.deadline.none")),
                countsOnly.orElse(""));
    }
}
