package org.repatria.server.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.VisibleList;
import org.repatria.server.dashboard.DashboardFigures;
import org.repatria.server.route.AdmittedRequest;

/** The home page: the figures that matter to the caller's role, a chart, and the latest lists. */
final class HomePage {
    private static final int RECENT = 5;
    private final ListAccess access;
    private final PageFactory pages;
    private final Templates templates;
    private final LogPages log;
    /** How many new alerts the reader's desk has on its inquiries; none until the inquiry pages are set up. */
    private volatile java.util.function.ToIntFunction<Account> inquiryAlerts = a -> 0;

    HomePage(ListAccess access, PageFactory pages, Templates templates, LogPages log) {
        this.log = log;
        this.access = access;
        this.pages = pages;
        this.templates = templates;
    }

    /** Counts the new alerts on the reader's desk's inquiries (a tile of the home page, linking nowhere else). */
    void inquiryAlerts(java.util.function.ToIntFunction<Account> count) {
        this.inquiryAlerts = count;
    }

    void show(AdmittedRequest call) {
        Account me = call.account();
        if (me.role() == Role.OBSERVER) { // an observer reads the log and what it was granted (docs/decisions/0137)
            log.home(call);
            return;
        }
        Page page = pages.page(call.ctx(), call.identity(), "home.title");
        Text t = page.t();
        List<VisibleList> visible = access.visible(me);
        DashboardFigures c = DashboardFigures.of(me, visible, access.signed());
        List<BarChart.Item> items = new ArrayList<>();
        for (Category cat : Category.values()) {
            long n = c.personsByCategory().get(cat);
            items.add(new BarChart.Item(t.of("category", cat), t.number(n), n));
        }
        Map<PartyId, String> names = pages.partyNames();
        List<Views.ListLine> recent = visible.stream().limit(RECENT).map(v -> PageFactory.line(v, t, names, me)).toList();
        List<Views.Tile> tiles = new ArrayList<>(tiles(me.role(), c, t));
        if (me.role() == Role.MEDIATOR || me.role() == Role.PARTY_DESK) {
            tiles.add(new Views.Tile(t.get("tile.inquiryAlerts"), t.number(inquiryAlerts.applyAsInt(me))));
        }
        templates.render(call.ctx(), "home.jte", new Views.Home(page, t.of("role", me.role()), tiles,
                BarChart.of(t.get("chart.byCategory"), items), recent));
    }

    private static List<Views.Tile> tiles(Role role, DashboardFigures c, Text t) {
        List<Views.Tile> tiles = new ArrayList<>();
        tiles.add(new Views.Tile(t.get("tile.lists"), t.number(c.lists())));
        tiles.add(new Views.Tile(t.get("tile.persons"), t.number(c.persons())));
        switch (role) {
            case MEDIATOR -> tiles.add(new Views.Tile(t.get("tile.awaiting"), t.number(c.awaitingRelay())));
            case PARTY_DESK -> {
                tiles.add(new Views.Tile(t.get("tile.own"), t.number(c.own())));
                tiles.add(new Views.Tile(t.get("tile.received"), t.number(c.received())));
            }
            case IDENTIFICATION, OBSERVER -> tiles.add(new Views.Tile(t.get("tile.received"), t.number(c.received())));
        }
        return tiles;
    }
}
