package org.repatria.server.desk;

import static org.repatria.server.route.Method.GET;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.server.access.ListAccess;
import org.repatria.server.access.Rule;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.log.LogOverview;
import org.repatria.server.log.LogView;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.route.Route;

/**
 * The log on the desk (docs/decisions/0136): its size, the latest checkpoint and when its newest entry was made, the
 * witnesses with their latest cosignatures, the newest entries; for an observer also the agreements it was granted.
 * It is the observer's home page. The log holds no personal data, so every signed-in role may read this page.
 */
final class LogPages {
    static final String HOME = "/desk/log";
    private static final int NEWEST = 12;
    private final LogView log;
    private final Exchange exchange;
    private final ListAccess access;
    private final PageFactory pages;
    private final Templates templates;

    LogPages(LogView log, Exchange exchange, ListAccess access, PageFactory pages, Templates templates) {
        this.log = log;
        this.exchange = exchange;
        this.access = access;
        this.pages = pages;
        this.templates = templates;
    }

    List<Route> routes() {
        return List.of(Route.desk(GET, HOME, Rule.signedIn(),
                "The log: size, latest checkpoint, witnesses' cosignatures, newest entries; an observer's granted agreements",
                call -> show(call, "log.title")));
    }

    /** The observer's overview: the same view under the home page's title, with the lists relayed to it. */
    void home(AdmittedRequest call) {
        show(call, "home.title");
    }

    private void show(AdmittedRequest call, String titleKey) {
        Account me = call.account();
        Page page = pages.page(call.ctx(), call.identity(), titleKey);
        Text t = page.t();
        Map<PartyId, String> names = pages.partyNames();
        LogOverview o = log.overview(NEWEST);
        boolean observer = me.role() == Role.OBSERVER;
        List<LogViews.AgreementLine> agreements = observer ? agreements(me, t, names) : List.of();
        List<LogViews.Tile> tiles = new ArrayList<>();
        tiles.add(new LogViews.Tile("log-size", t.get("log.tile.size"), t.number(o.size()), t.get("log.tile.size.detail"),
                "/log/checkpoint"));
        tiles.add(new LogViews.Tile("log-checkpoint", t.get("log.tile.checkpoint"), o.lastEntryAt().map(t::when)
                .orElse(t.get("log.none")), t.format("log.tile.checkpoint.detail", t.number(o.size()), shortRoot(o.root())),
                "/log/checkpoint"));
        tiles.add(new LogViews.Tile("log-witnesses", t.get("log.tile.witnesses"), t.number(o.cosignedCurrent()) + " / "
                + t.number(o.witnesses().size()), o.lastCosigned().map(w -> t.format("log.tile.witnesses.last", w.name(),
                t.when(w.cosignedAt().orElseThrow()))).orElse(t.get("log.tile.witnesses.never")), "#witnesses"));
        if (observer) {
            tiles.add(new LogViews.Tile("log-agreements", t.get("log.tile.agreements"), t.number(agreements.size()),
                    t.get("log.tile.agreements.detail"), "#agreements"));
            tiles.add(new LogViews.Tile("log-lists", t.get("tile.received"), t.number(access.visible(me).size()),
                    t.get("log.tile.lists.detail"), "/desk/lists"));
        }
        List<LogViews.WitnessLine> witnesses = o.witnesses().stream().map(w -> new LogViews.WitnessLine(w.name(),
                w.party().map(p -> names.getOrDefault(p, p.value())).orElse(""),
                w.cosignedSize().map(t::number).orElse("—"), w.cosignedAt().map(t::when).orElse("—"),
                state(t, w, o.size()), w.behind(o.size()) == 0)).toList();
        List<LogViews.EntryLine> entries = o.latest().stream().map(e -> new LogViews.EntryLine(t.number(e.index()),
                t.when(e.time()), word(t, "log.kind." + e.kind(), e.kind()), names.getOrDefault(e.signer(), e.signer().value()),
                word(t, "log.type." + e.documentType(), e.documentType()), e.envelopeId().substring(0, 12))).toList();
        templates.render(call.ctx(), "log.jte", new LogViews.Overview(page, t.get(titleKey), tiles, o.origin(), o.root(),
                witnesses, entries, observer, agreements));
    }

    private List<LogViews.AgreementLine> agreements(Account me, Text t, Map<PartyId, String> names) {
        List<LogViews.AgreementLine> lines = new ArrayList<>();
        for (AgreementReply a : exchange.agreements(me)) {
            lines.add(new LogViews.AgreementLine("/desk/agreements/" + a.id(), a.id(),
                    word(t, "log.agreementKind." + a.kind(), a.kind()), name(names, a.first()) + " ⇄ " + name(names, a.second()),
                    word(t, "log.agreementState." + a.state(), a.state())));
        }
        return lines;
    }

    private static String state(Text t, LogOverview.Witness w, long size) {
        if (w.cosignedSize().isEmpty()) {
            return t.get("log.witness.never");
        }
        long behind = w.behind(size);
        return behind == 0 ? t.get("log.witness.current") : t.format("log.witness.behind", behind);
    }

    private static String name(Map<PartyId, String> names, String party) {
        try {
            return names.getOrDefault(PartyId.of(party), party);
        } catch (IllegalArgumentException e) {
            return party;
        }
    }

    // A value the server added after this page was written has no word yet; it shows as the API gives it.
    private static String word(Text t, String key, String fallback) {
        try {
            return t.get(key);
        } catch (IllegalStateException e) {
            return fallback;
        }
    }

    private static String shortRoot(String root) {
        return root.length() > 12 ? root.substring(0, 12) + "…" : root;
    }
}
