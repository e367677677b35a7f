package org.repatria.server.desk;

import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.ChildRecords;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.ListRelays;
import org.repatria.server.access.VisibleList;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Query;
import org.repatria.server.reads.Reads;
import org.repatria.store.Store;
import org.repatria.store.child.RecordPart;
import org.repatria.store.list.RowPage;
import org.repatria.store.list.RowQuery;
import org.repatria.store.list.RowSort;

/** The lists a caller may read, one list's rows (paged, sorted and filtered in the database), and relaying. */
final class ListPages {
    private static final int PAGE = 50;
    private final Store store;
    private final ListAccess access;
    private final ListRelays relays;
    private final PageFactory pages;
    private final Templates templates;

    private final ListSignatures signatures;
    private final DocumentSteps steps;
    private final ChildRecords children;

    ListPages(Store store, ListAccess access, ListRelays relays, PageFactory pages, Templates templates, ListSignatures signatures,
              DocumentSteps steps, ChildRecords children) {
        this.children = children;
        this.signatures = signatures;
        this.steps = steps;
        this.store = store;
        this.access = access;
        this.relays = relays;
        this.pages = pages;
        this.templates = templates;
    }

    void index(AdmittedRequest call) {
        Page page = pages.page(call.ctx(), call.identity(), "lists.title");
        Map<PartyId, String> names = pages.partyNames();
        List<Views.ListLine> lines = access.visible(call.account()).stream()
                .map(v -> PageFactory.line(v, page.t(), names, call.account())).toList();
        templates.render(call.ctx(), "lists.jte", new Views.Lists(page, lines));
    }

    void show(AdmittedRequest call) {
        Account me = call.account();
        VisibleList list = access.require(me, call.ctx().pathParam("id"));
        RowQuery q = Query.rows(call.ctx(), PAGE);
        // Need to know (0147): other accounts see how many children a list names, never who; a read is recorded once.
        boolean persons = children.mayReadPersons(me, list.header());
        RowPage rows = persons ? store.lists().rows(list.header().id(), q) : new RowPage(List.of(), 0);
        if (persons) {
            children.recordRead(me, list.header(), Optional.empty(), RecordPart.ROWS);
            Reads.list(call, list.header(), rows.rows().size());
        }
        Page page = pages.page(call.ctx(), call.identity(), "list.title");
        Text t = page.t();
        RowLinks links = new RowLinks("/desk/lists/" + list.header().id(), q, PAGE);
        int from = q.offset() + 1;
        int to = q.offset() + rows.rows().size();
        String showing = !persons ? t.format("children.countsOnly", t.number(list.header().rowCount()))
                : rows.rows().isEmpty() ? t.get("list.noRows")
                : t.format("list.showing", t.number(from), t.number(to), t.number(rows.total()));
        Optional<String> previous = q.offset() > 0 ? Optional.of(links.at(q.offset() - q.limit())) : Optional.empty();
        Optional<String> next = q.offset() + q.limit() < rows.total() ? Optional.of(links.at(q.offset() + q.limit())) : Optional.empty();
        Views.RowTable table = new Views.RowTable(rows.rows(), columns(t, q, links), q.filter(),
                q.sort().name().toLowerCase(Locale.ROOT), q.descending(), showing, previous, next,
                "/desk/lists/" + list.header().id());
        Map<PartyId, String> names = pages.partyNames(); // read once: every party of the talks, from the store
        Views.ListLine line = PageFactory.line(list, t, names, me);
        templates.render(call.ctx(), "list.jte", new Views.OneList(page, line, table, relayTargets(me, list),
                Set.copyOf(store.cases().decisions().identifiedRows(list.header().id(), me.party())),
                signatures.view(me, list.header(), t, names)));
    }

    void sign(AdmittedRequest call) {
        VisibleList list = access.require(call.account(), call.ctx().pathParam("id"));
        signatures.sign(call, list.header());
        call.ctx().redirect("/desk/lists/" + list.header().id(), HttpStatus.SEE_OTHER);
    }

    void relay(AdmittedRequest call) {
        VisibleList list = access.require(call.account(), call.ctx().pathParam("id"));
        if (!"yes".equals(call.ctx().formParam("confirm"))) {
            throw new HttpProblem(422, "unconfirmed", "confirm: tick the box that names who will read the list; nothing "
                    + "was relayed", Optional.of("confirm"));
        }
        relays.relay(call.account(), list, call.ctx().formParam("to"));
        call.ctx().redirect("/desk/lists/" + list.header().id(), HttpStatus.SEE_OTHER);
    }

    /**
     * Whom the mediator may still relay the list to: its addressees it has not reached yet (never an observer, whom the
     * author did not address: docs/decisions/0136); nobody while it is unsigned (the relay would be refused).
     */
    private List<Party> relayTargets(Account me, VisibleList list) {
        Optional<String> envelopeId = store.lists().envelopeId(list.header().id());
        if (me.role() != Role.MEDIATOR || envelopeId.isEmpty()) {
            return List.of();
        }
        Set<PartyId> addressees = steps.envelope(envelopeId.get()).addressees();
        return store.parties().all().stream()
                .filter(p -> addressees.contains(p.id()) && !list.relayedTo().contains(p.id()))
                .toList();
    }

    private static List<Views.Column> columns(Text t, RowQuery q, RowLinks links) {
        List<Views.Column> cols = new ArrayList<>();
        cols.add(column(t, "col.row", RowSort.ROW, q, links));
        cols.add(column(t, "col.surname", RowSort.SURNAME, q, links));
        cols.add(plain(t, "col.givenName"));
        cols.add(plain(t, "col.patronymic"));
        cols.add(plain(t, "col.latin"));
        cols.add(plain(t, "col.sex"));
        cols.add(column(t, "col.birthDate", RowSort.BIRTH_DATE, q, links));
        cols.add(column(t, "col.militaryId", RowSort.MILITARY_ID, q, links));
        cols.add(plain(t, "col.rank"));
        cols.add(column(t, "col.unit", RowSort.UNIT, q, links));
        return cols;
    }

    private static Views.Column column(Text t, String key, RowSort sort, RowQuery q, RowLinks links) {
        String marker = sort != q.sort() ? "" : q.descending() ? "▼" : "▲";
        return new Views.Column(t.get(key), Optional.of(links.sortedBy(sort)), marker);
    }

    private static Views.Column plain(Text t, String key) {
        return new Views.Column(t.get(key), Optional.empty(), "");
    }
}
