package org.repatria.server.cta;

import static org.repatria.server.route.Method.GET;

import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Role;
import org.repatria.server.access.Rule;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Param;
import org.repatria.server.route.Route;

/**
 * The CTA export's routes: a party desk downloads its own persons as CSV; anyone signed in downloads the data
 * dictionary (it holds no personal data). Every export is recorded in the record of reads.
 */
public final class CtaApi {
    /** The export's path. */
    public static final String EXPORT = "/api/v1/cta/export";
    /** The dictionary's path. */
    public static final String DICTIONARY = "/api/v1/cta/dictionary";
    private final CtaExport export;

    /** The routes of {@code export}. */
    public CtaApi(CtaExport export) {
        this.export = export;
    }

    /** Every route with its rule. */
    public List<Route> routes() {
        return List.of(
                Route.api(GET, EXPORT, Rule.roles(Role.PARTY_DESK), "The persons the caller's party holds or handed over,"
                        + " as CSV for the ICRC's Central Tracing Agency (GC III arts. 122-123; docs/cta-export.md), at"
                        + " most " + CtaExport.MAX_ROWS + " rows; children only with the children permission", this::csv)
                        .withQuery(new Param("category", "string", "POW, CIVILIAN, REMAINS or CHILD (default: all but"
                                + " CHILD)"), new Param("list", "string", "one of the party's own lists (a UUID)")),
                Route.api(GET, DICTIONARY, Rule.signedIn(), "The CTA export's data dictionary as CSV: each column's name,"
                        + " meaning, article, format and source", CtaApi::dictionary));
    }

    private void csv(AdmittedRequest call) {
        export.send(call, export.select(call.account(), Optional.ofNullable(call.ctx().queryParam("category")),
                Optional.ofNullable(call.ctx().queryParam("list"))));
    }

    /** Replies with the dictionary CSV; the desk's download calls it too. */
    public static void dictionary(AdmittedRequest call) {
        call.ctx().contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"cta-dictionary.csv\"").result(CtaExport.dictionary());
    }
}
