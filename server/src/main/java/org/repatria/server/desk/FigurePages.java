package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repatria.core.account.Role;
import org.repatria.lists.export.Table;
import org.repatria.server.access.Rule;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.figures.Figure;
import org.repatria.server.figures.FigureFiles;
import org.repatria.server.figures.FigureMessages.FiguresReply;
import org.repatria.server.figures.Figures;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * Figures across exchanges on the desk (issue 17): each figure's chart with its table beside it, and each exported as
 * CSV or XLSX or printed as PDF in the reader's language, over what the reader may see (docs/decisions/0180).
 */
final class FigurePages {
    private static final String HOME = "/desk/figures";
    private static final List<String> FORMATS = List.of("csv", "xlsx", "pdf");
    private final Figures figures;
    private final PageFactory pages;
    private final Templates templates;
    private final Clock clock;

    FigurePages(Figures figures, PageFactory pages, Templates templates, Clock clock) {
        this.figures = figures;
        this.clock = clock;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        Rule readers = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK, Role.OBSERVER);
        return List.of(
                Route.desk(GET, HOME, readers, "Figures across the exchanges the reader may see: charts and tables",
                        this::show),
                Route.desk(GET, HOME + "/{figure}/export/{format}", readers,
                        "One figure as csv, xlsx or pdf, in the reader's language", this::export));
    }

    private void show(AdmittedRequest call) {
        Page page = pages.page(call.ctx(), call.identity(), "figures.title");
        Text t = page.t();
        FiguresReply reply = figures.of(call.account());
        List<FigureViews.Section> sections = new ArrayList<>();
        for (Figure f : Figure.values()) {
            Table table = FigureTables.of(f, reply, t, t::number);
            String note = f == Figure.HANDOVERS && reply.tranchesLeftOut() > 0
                    ? t.format("figures.leftOut", t.number(reply.tranchesLeftOut())) : "";
            sections.add(new FigureViews.Section(f.token(), FigureTables.title(f, t), FigureCharts.of(f, reply, t),
                    table.header(), table.rows(), note));
        }
        templates.render(call.ctx(), "figures.jte", new FigureViews.Figures(page,
                t.of("figures.scope", call.account().role()), sections));
    }

    private void export(AdmittedRequest call) {
        String token = call.ctx().pathParam("figure");
        Figure f = Figure.ofToken(token).orElseThrow(() -> HttpProblem.invalid("figure", "no figure '" + token
                + "'; one of handovers, parity, requests-age, answer-rate, remains"));
        String format = call.ctx().pathParam("format").toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw HttpProblem.invalid("format", "choose csv, xlsx or pdf");
        }
        Page page = pages.page(call.ctx(), call.identity(), "figures.title");
        Text t = page.t();
        Table table = FigureTables.of(f, figures.of(call.account()), t, String::valueOf);
        String title = FigureTables.title(f, t);
        byte[] bytes = switch (format) {
            case "csv" -> FigureFiles.csv(table);
            case "xlsx" -> FigureFiles.xlsx(title, table);
            default -> FigureFiles.pdf(title, t.format("figures.printed", t.party(call.account().party().value()),
                    t.when(clock.instant())), table);
        };
        call.ctx().header("Content-Disposition", "attachment; filename=\"figures-" + f.token() + "." + format + "\"")
                .contentType(switch (format) {
                    case "csv" -> "text/csv; charset=utf-8";
                    case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                    default -> "application/pdf";
                }).result(bytes);
    }
}
