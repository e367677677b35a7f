package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.Rule;
import org.repatria.server.cta.CtaApi;
import org.repatria.server.cta.CtaColumn;
import org.repatria.server.cta.CtaExport;
import org.repatria.server.cta.CtaSelection;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * The CTA export on a party's desk (issue 17, item 4), reached from the lists page: how many persons the export holds,
 * the download by category, and the data dictionary beside it (on the page and as CSV). The same public methods as the
 * API; every download is recorded in the record of reads.
 */
final class CtaPages {
    static final String HOME = "/desk/cta";
    private final CtaExport export;
    private final ChildRecords children;
    private final PageFactory pages;
    private final Templates templates;

    CtaPages(CtaExport export, ChildRecords children, PageFactory pages, Templates templates) {
        this.export = export;
        this.children = children;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule desks = Rule.roles(Role.PARTY_DESK);
        return List.of(
                Route.desk(GET, HOME, desks, "The CTA export: what it holds, its download and its data dictionary",
                        this::show),
                Route.desk(GET, HOME + "/export.csv", desks, "Download the party's persons as the CTA export (CSV)",
                        call -> export.send(call, export.select(call.account(),
                                Optional.ofNullable(call.ctx().queryParam("category")), Optional.empty()))),
                Route.desk(GET, HOME + "/dictionary.csv", Rule.signedIn(), "Download the CTA export's data dictionary"
                        + " (CSV)", CtaApi::dictionary));
    }

    private void show(AdmittedRequest call) {
        CtaSelection s = export.select(call.account(), Optional.empty(), Optional.empty());
        templates.render(call.ctx(), "cta.jte", new CtaViews.Export(pages.page(call.ctx(), call.identity(), "cta.title"),
                s.rows(), s.lists().size(), s.handedOver(), children.mayRead(call.account()),
                Arrays.asList(CtaColumn.values()), CtaExport.MAX_ROWS));
    }
}
