package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.server.access.Rule;
import org.repatria.server.child.ChildApi;
import org.repatria.server.child.ReadLog;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;

/** The record of reads of children's records, for a party's or the mediator's supervisor: filtered, paged, exported. */
final class AccessLogPages {
    private static final String HOME = "/desk/access-log";
    private final ReadLog reads;
    private final Store store;
    private final PageFactory pages;
    private final Templates templates;

    AccessLogPages(ReadLog reads, Store store, PageFactory pages, Templates templates) {
        this.reads = reads;
        this.store = store;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        return List.of(
                Route.desk(GET, HOME, desks, "The record of reads of children's records (supervisors)", this::show),
                Route.desk(GET, HOME + ".csv", desks, "The record of reads as CSV (supervisors)", call -> {
                    byte[] csv = reads.csv(call.account(), ChildApi.filter(call));
                    call.ctx().header("Content-Disposition", "attachment; filename=\"access-log.csv\"")
                            .header("Cache-Control", "private, no-store").contentType("text/csv; charset=utf-8").result(csv);
                }));
    }

    private void show(AdmittedRequest call) {
        ReadLog.Filter f = ChildApi.filter(call);
        ReadLog.Page found = reads.page(call.account(), f);
        Page page = pages.page(call.ctx(), call.identity(), "accessLog.title");
        Text t = page.t();
        Map<ListId, String> titles = found.reads().stream().map(r -> r.list()).distinct()
                .collect(Collectors.toMap(id -> id, id -> store.lists().header(id).map(ListHeader::title).orElse(id.toString())));
        List<ChildViews.Read> rows = found.reads().stream().map(r -> new ChildViews.Read(t.when(r.at()), r.username(),
                t.party(r.party().value()), t.of("role", r.role()), "/desk/lists/" + r.list(), titles.get(r.list()),
                r.rowId().orElse(""), t.of("accessLog.what", r.what()))).toList();
        String query = query(f);
        String showing = found.total() == 0 ? t.get("accessLog.none") : t.format("accessLog.showing",
                t.number(found.offset() + 1L), t.number((long) found.offset() + rows.size()), t.number(found.total()));
        Optional<String> previous = f.offset() > 0
                ? Optional.of(HOME + "?" + query + "&offset=" + Math.max(0, f.offset() - f.limit())) : Optional.empty();
        Optional<String> next = f.offset() + f.limit() < found.total()
                ? Optional.of(HOME + "?" + query + "&offset=" + (f.offset() + f.limit())) : Optional.empty();
        templates.render(call.ctx(), "access-log.jte", new ChildViews.Reads(page, rows, showing, f.username().orElse(""),
                f.list().orElse(""), f.what().orElse(""), Arrays.stream(RecordPart.values())
                        .map(p -> new ChildViews.Option(p.token(), t.of("accessLog.what", p))).toList(),
                previous, next, HOME + ".csv?" + query));
    }

    private static String query(ReadLog.Filter f) {
        StringBuilder q = new StringBuilder("subject=child");
        f.username().ifPresent(u -> q.append("&username=").append(Page.enc(u)));
        f.list().ifPresent(l -> q.append("&list=").append(Page.enc(l)));
        f.what().ifPresent(w -> q.append("&what=").append(Page.enc(w)));
        return q.toString();
    }
}
