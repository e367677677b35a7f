package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;
import static org.repatria.server.route.Method.POST;

import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.child.CaseField;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.Rule;
import org.repatria.server.child.ChildCase;
import org.repatria.server.child.ChildCases;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;
import org.repatria.server.reads.Reads;
import org.repatria.store.child.Closure;

/**
 * The children's desk (issue 13, items 4 and 7): request lists of children, a list's cases, a case page with its
 * particulars, photographs and answers, the form the requesting side's child workers fill in. Other accounts see how
 * many children a list names, never who (docs/decisions/0147).
 */
final class ChildPages {
    static final String HOME = "/desk/children";
    private final ChildCases cases;
    private final ChildRecords records;
    private final ListAccess access;
    private final PageFactory pages;
    private final Templates templates;
    private final CaseAnswers answers;

    ChildPages(ChildCases cases, ChildRecords records, ListAccess access, PageFactory pages, Templates templates,
               CaseAnswers answers) {
        this.cases = cases;
        this.records = records;
        this.access = access;
        this.pages = pages;
        this.templates = templates;
        this.answers = answers;
    }

    List<Route> routes() {
        Rule desks = Rule.roles(Role.MEDIATOR, Role.PARTY_DESK);
        String one = HOME + "/{id}/cases/{row}";
        return List.of(
                Route.desk(GET, HOME, desks, "The request lists of children: their cases for child workers, counts for others",
                        this::index),
                Route.desk(GET, HOME + "/{id}", desks, "A list's children's cases (child workers and the mediator)", this::list),
                Route.desk(GET, one, desks, "A child's case: particulars, photographs, status and answers", this::show),
                Route.desk(POST, one + "/particulars", Rule.roles(Role.PARTY_DESK),
                        "Save a case's particulars (the requesting side's child workers)", this::save),
                Route.desk(POST, one + "/photos", Rule.roles(Role.PARTY_DESK),
                        "Add a photograph to a case (JPEG or PNG, at most 2 MiB)", this::addPhoto),
                Route.desk(GET, one + "/photos/{photo}", desks, "A case's photograph", this::photo));
    }

    private void index(AdmittedRequest call) {
        Account me = call.account();
        Page page = pages.page(call.ctx(), call.identity(), "children.title");
        Text t = page.t();
        boolean reads = records.mayRead(me);
        Map<String, String> names = new LinkedHashMap<>();
        pages.partyNames().forEach((id, name) -> names.put(id.value(), name));
        List<ChildViews.CaseList> lists = access.visible(me).stream()
                .filter(v -> ChildCases.holdsCases(v.header()) && !v.relayedTo().isEmpty())
                .map(v -> new ChildViews.CaseList(reads ? HOME + "/" + v.header().id() : "", v.header().title(),
                        names.getOrDefault(v.header().author().value(), v.header().author().value()),
                        t.number(v.header().rowCount()), ""))
                .toList();
        templates.render(call.ctx(), "children.jte", new ChildViews.Lists(page, lists, reads, records.supervises(me)));
    }

    private void list(AdmittedRequest call) {
        String id = call.ctx().pathParam("id");
        List<ChildCases.CaseLine> lines = cases.cases(call.account(), id);
        Reads.children(call, List.of(id), lines.size());
        Page page = pages.page(call.ctx(), call.identity(), "children.cases.title");
        var header = access.require(call.account(), id).header();
        templates.render(call.ctx(), "child-cases.jte", new ChildViews.Cases(page, header.title(),
                pages.partyNames().getOrDefault(header.author(), header.author().value()),
                lines.stream().map(l -> new ChildViews.Line(HOME + "/" + id + "/cases/" + Page.enc(l.rowId()), l.rowId(), l.name(),
                        l.birthDate(), status(page.t(), l.status()), l.particulars())).toList()));
    }

    private void show(AdmittedRequest call) {
        ChildCase c = cases.open(call.account(), call.ctx().pathParam("id"), call.ctx().pathParam("row"));
        Reads.children(call, List.of(c.list().id().toString(), c.child().rowId()), 1);
        Page page = pages.page(call.ctx(), call.identity(), "children.case.title");
        Text t = page.t();
        String base = HOME + "/" + c.list().id() + "/cases/" + Page.enc(c.child().rowId());
        List<ChildViews.Particular> particulars = new ArrayList<>();
        for (CaseField f : CaseField.values()) {
            Optional<String> entered = c.entered().get(f);
            particulars.add(new ChildViews.Particular(f.token(), t.of("children.field", f),
                    entered.or(() -> c.fromList().get(f)).orElse(""), entered.isEmpty() && c.fromList().get(f).isPresent(),
                    f.maxLength() > 500));
        }
        List<ChildViews.Photo> photos = c.photos().stream().map(p -> new ChildViews.Photo(base + "/photos/" + p.id(), p.caption(),
                p.addedBy(), t.when(p.at()))).toList();
        boolean writable = call.account().role() == Role.PARTY_DESK && c.list().author().equals(call.account().party())
                && c.closure().isEmpty();
        Optional<String> closedBy = c.closure().map(Closure::reference);
        templates.render(call.ctx(), "child-case.jte", new ChildViews.Case(page, HOME + "/" + c.list().id(), c.list().title(),
                c.child().rowId(), c.child().name().full(), c.child().birthDate().iso(), c.child().birthPlace(),
                status(t, c.status()), closedBy, particulars, photos, answers.of(call.account(), c, t), writable, base));
    }

    private static String status(Text t, String status) {
        return "closed".equals(status) ? t.get("children.status.closed") : t.get("children.status.open");
    }

    private void save(AdmittedRequest call) {
        Map<String, String> values = new LinkedHashMap<>();
        for (CaseField f : CaseField.values()) {
            values.put(f.token(), Optional.ofNullable(call.ctx().formParam(f.token())).orElse(""));
        }
        ChildCase c = cases.saveParticulars(call.account(), call.ctx().pathParam("id"), call.ctx().pathParam("row"), values);
        call.ctx().redirect(HOME + "/" + c.list().id() + "/cases/" + Page.enc(c.child().rowId()), HttpStatus.SEE_OTHER);
    }

    private void addPhoto(AdmittedRequest call) {
        byte[] bytes = FormFiles.read(call.ctx(), "file").orElse(new byte[0]);
        String id = call.ctx().pathParam("id");
        String row = call.ctx().pathParam("row");
        cases.addPhoto(call.account(), id, row, call.ctx().formParam("caption"), bytes);
        call.ctx().redirect(HOME + "/" + id + "/cases/" + Page.enc(row), HttpStatus.SEE_OTHER);
    }

    private void photo(AdmittedRequest call) {
        ChildCases.Photo p = cases.photo(call.account(), call.ctx().pathParam("id"), call.ctx().pathParam("row"),
                call.ctx().pathParam("photo"));
        Reads.children(call, List.of(call.ctx().pathParam("id"), call.ctx().pathParam("row"), call.ctx().pathParam("photo")), 1);
        call.ctx().header("Cache-Control", "private, no-store").contentType(p.photo().mediaType()).result(p.bytes());
    }
}
