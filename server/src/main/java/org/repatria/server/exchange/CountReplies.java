package org.repatria.server.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repatria.core.count.BagFinding;
import org.repatria.core.count.Figures;
import org.repatria.core.count.Stage;
import org.repatria.core.count.Tally;
import org.repatria.core.party.PartyId;
import org.repatria.core.tranche.Tranche;
import org.repatria.server.exchange.CountMessages.DifferenceReply;
import org.repatria.server.exchange.CountMessages.FiguresReply;
import org.repatria.server.exchange.CountMessages.FindingReply;
import org.repatria.server.exchange.CountMessages.StageCountReply;
import org.repatria.server.exchange.CountMessages.TallyReply;
import org.repatria.server.exchange.CountMessages.TrancheCountReply;
import org.repatria.store.exchange.StoredCount;

/** An agreement's tally as the API answers it; the bags in words only for readers of persons. */
final class CountReplies {
    private CountReplies() {
    }

    static TallyReply tally(AcceptedAgreement loaded, CountLedger ledger, boolean persons) {
        Tally tally = ledger.tally();
        List<Integer> numbers = ledger.tranches().stream().map(Tranche::number).toList();
        List<TrancheCountReply> tranches = new ArrayList<>();
        for (Tally.Line line : tally.lines(numbers)) {
            String handing = ledger.tranches().stream().filter(t -> t.number() == line.tranche()).findFirst()
                    .map(t -> handing(loaded, t)).orElse("");
            String receiving = handing.isEmpty() ? "" : loaded.agreement().counterpart(new PartyId(handing)).value();
            List<StageCountReply> counts = new ArrayList<>();
            for (Stage s : Stage.values()) {
                ledger.at(line.tranche(), s).ifPresent(c -> counts.add(stage(c)));
            }
            List<DifferenceReply> differences = line.differences().stream().map(d -> new DifferenceReply(d.stage().token(),
                    d.side().value(), d.measure(), d.against().token(), d.earlier(), d.stated(), d.delta())).toList();
            List<FindingReply> findings = persons ? line.findings().stream().map(CountReplies::finding).toList() : List.of();
            tranches.add(new TrancheCountReply(line.tranche(), handing, receiving, counts, figures(line.running()),
                    differences, findings));
        }
        return new TallyReply(loaded.id(), tranches, figures(tally.totals()));
    }

    private static String handing(AcceptedAgreement loaded, Tranche t) {
        boolean a = !t.nomineesFrom(loaded.agreement().first()).isEmpty();
        boolean b = !t.nomineesFrom(loaded.agreement().second()).isEmpty();
        return a == b ? "" : (a ? loaded.agreement().first() : loaded.agreement().second()).value();
    }

    private static StageCountReply stage(StoredCount c) {
        return new StageCountReply(Stage.valueOf(c.stage()).token(), c.party().value(), c.persons(), c.bags(),
                c.samples().isPresent() ? String.valueOf(c.samples().getAsInt()) : "-", c.envelopeId(), c.by());
    }

    private static List<FiguresReply> figures(Map<Stage, Figures> byStage) {
        List<FiguresReply> out = new ArrayList<>();
        for (Stage s : Stage.values()) {
            Figures f = byStage.get(s);
            if (f != null) {
                out.add(new FiguresReply(s.token(), f.persons(), f.bags(),
                        f.samples().isPresent() ? String.valueOf(f.samples().getAsInt()) : "-"));
            }
        }
        return out;
    }

    private static FindingReply finding(BagFinding f) {
        return switch (f) {
            case BagFinding.PartOf p -> new FindingReply("part_of", p.bag(), p.countedIn());
            case BagFinding.Missing m -> new FindingReply("missing", m.bag(), "");
            case BagFinding.Extra x -> new FindingReply("extra", x.bag(), "");
        };
    }
}
