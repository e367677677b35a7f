package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.reads.ReadSearch;
import org.repatria.server.reads.Reads;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Query;
import org.repatria.server.route.Route;
import org.repatria.store.Store;
import org.repatria.store.reads.ReadKind;
import org.repatria.store.reads.ReadPage;
import org.repatria.store.reads.RecordedRead;

/** The record of reads for the mediator's and the parties' supervisors (docs/decisions/0165): filtered, paged, exported. */
final class ReadPages {
    private static final String HOME = "/desk/reads";
    private static final int PAGE = 50;
    private final Reads reads;
    private final PageFactory pages;
    private final Templates templates;

    ReadPages(Store store, Clock clock, PageFactory pages, Templates templates) {
        this.reads = Reads.of(store, clock);
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        return List.of(
                Route.desk(GET, HOME, desks, "The record of reads of persons', genetic and children's data (supervisors)",
                        this::show),
                Route.desk(GET, HOME + ".csv", desks, "The record of reads as CSV, mass reads first (supervisors)", call -> {
                    byte[] csv = reads.csv(call.account(), search(call));
                    call.ctx().header("Content-Disposition", "attachment; filename=\"reads.csv\"")
                            .header("Cache-Control", "private, no-store").contentType("text/csv; charset=utf-8").result(csv);
                }));
    }

    private static ReadSearch search(AdmittedRequest call) {
        var ctx = call.ctx();
        return new ReadSearch(Query.text(ctx, "who"), Query.text(ctx, "kind"), Query.text(ctx, "what"), Query.text(ctx, "from"),
                Query.text(ctx, "to"), Query.integer(ctx, "offset", 0, 0, 100_000_000), PAGE);
    }

    private void show(AdmittedRequest call) {
        ReadSearch s = search(call);
        ReadPage found = reads.page(call.account(), s);
        Page page = pages.page(call.ctx(), call.identity(), "reads.title");
        Text t = page.t();
        List<ReadViews.Read> rows = found.reads().stream().map(r -> row(r, t)).toList();
        String query = query(s);
        String showing = found.total() == 0 ? t.get("reads.none") : t.format("reads.showing",
                t.number(s.offset() + 1L), t.number((long) s.offset() + rows.size()), t.number(found.total()));
        Optional<String> previous = s.offset() > 0
                ? Optional.of(HOME + "?" + query + "offset=" + Math.max(0, s.offset() - PAGE)) : Optional.empty();
        Optional<String> next = s.offset() + PAGE < found.total()
                ? Optional.of(HOME + "?" + query + "offset=" + (s.offset() + PAGE)) : Optional.empty();
        templates.render(call.ctx(), "reads.jte", new ReadViews.Reads(page, rows, showing, s.who().orElse(""),
                s.kind().orElse(""), s.what().orElse(""), s.from().orElse(""), s.to().orElse(""),
                Arrays.stream(ReadKind.values()).map(k -> new ReadViews.Choice(k.token(), t.of("reads.kind", k))).toList(),
                found.broken().map(b -> t.format("reads.broken", b.toString())),
                found.keptSince().map(at -> t.format("reads.keptSince", t.when(at))), previous, next,
                HOME + ".csv?" + query));
    }

    private static ReadViews.Read row(RecordedRead r, Text t) {
        String role = Arrays.stream(Role.values()).filter(x -> x.name().toLowerCase(Locale.ROOT).equals(r.role()))
                .findFirst().map(x -> t.of("role", x)).orElse(r.role());
        return new ReadViews.Read(r.mass(), t.when(r.at()), r.username(), t.party(r.party()), role, t.of("reads.kind", r.kind()),
                r.what(), String.join(" ", r.ids()), t.number(r.rows()));
    }

    private static String query(ReadSearch s) {
        StringBuilder q = new StringBuilder();
        s.who().ifPresent(v -> q.append("who=").append(Page.enc(v)).append('&'));
        s.kind().ifPresent(v -> q.append("kind=").append(Page.enc(v)).append('&'));
        s.what().ifPresent(v -> q.append("what=").append(Page.enc(v)).append('&'));
        s.from().ifPresent(v -> q.append("from=").append(Page.enc(v)).append('&'));
        s.to().ifPresent(v -> q.append("to=").append(Page.enc(v)).append('&'));
        return q.toString();
    }
}
