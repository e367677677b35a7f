package org.repatria.server.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.handover.Presented;
import org.repatria.core.list.ListId;
import org.repatria.server.exchange.TrancheMessages.CrossingReply;
import org.repatria.server.exchange.TrancheMessages.DirectionReply;
import org.repatria.server.exchange.TrancheMessages.ManifestLine;
import org.repatria.server.exchange.TrancheMessages.ManifestReply;
import org.repatria.server.exchange.TrancheMessages.OutcomeReply;
import org.repatria.store.Store;
import org.repatria.store.exchange.Discrepancy;
import org.repatria.store.exchange.HandoverCheck;

/**
 * A tranche's crossing as recorded, read back from the stored checks: per direction who was handed over, refused or
 * absent, what was presented off the manifest, and whether the tranche broke parity (a side handed over fewer than its
 * manifest names). Reads only; the manifest's need-to-know applies.
 */
final class Crossings {
    private static final String HANDED_OVER = "HANDED_OVER";
    private final Store store;
    private final HandoverChecks checks;

    Crossings(Store store, HandoverChecks checks) {
        this.store = store;
        this.checks = checks;
    }

    CrossingReply recorded(Account reader, String id, int number) {
        ManifestReply manifest = checks.manifest(reader, id, number);
        List<HandoverCheck> recorded = store.exchanges().checks(id, number);
        List<Discrepancy> absent = store.exchanges().discrepancies(id).stream()
                .filter(d -> d.tranche() == number && d.kind().equals("ABSENT")).toList();
        Set<String> sides = new LinkedHashSet<>();
        manifest.lines().forEach(l -> sides.add(l.from() + "→" + l.to()));
        recorded.forEach(c -> manifest.lines().stream().filter(l -> l.from().equals(c.party().value())).findFirst()
                .ifPresent(l -> sides.add(l.from() + "→" + l.to())));
        List<DirectionReply> directions = new ArrayList<>();
        for (String side : sides) {
            String from = side.substring(0, side.indexOf('→'));
            String to = side.substring(side.indexOf('→') + 1);
            directions.add(direction(from, to, manifest, recorded, absent));
        }
        return new CrossingReply(number, directions, directions.stream().anyMatch(d -> d.recorded() && d.handedOver() < d.planned()));
    }

    private static DirectionReply direction(String from, String to, ManifestReply manifest, List<HandoverCheck> all,
                                            List<Discrepancy> absent) {
        List<HandoverCheck> mine = all.stream().filter(c -> c.party().value().equals(from)).toList();
        boolean recorded = !mine.isEmpty();
        List<ManifestLine> lines = manifest.lines().stream().filter(l -> l.from().equals(from)).toList();
        List<OutcomeReply> outcomes = new ArrayList<>();
        Set<PersonRef> onManifest = new LinkedHashSet<>();
        for (ManifestLine l : lines) {
            PersonRef ref = new PersonRef(ListId.parse(l.list()), l.row());
            onManifest.add(ref);
            outcomes.add(outcome(l, ref, mine, absent, recorded));
        }
        List<OutcomeReply> extras = new ArrayList<>();
        for (HandoverCheck c : mine) {
            if (c.person().isEmpty() || !onManifest.contains(c.person().get())) {
                Presented p = PresentedCodec.decode(c.presented());
                extras.add(new OutcomeReply(new ManifestLine(from, to, c.person().map(x -> x.list().toString()).orElse(""),
                        c.person().map(PersonRef::rowId).orElse(""), p.name(), p.serviceNumber(), p.bodyTag(), "", "", ""),
                        c.outcome(), c.note()));
            }
        }
        int handedOver = (int) outcomes.stream().filter(o -> o.outcome().equals(HANDED_OVER)).count();
        return new DirectionReply(from, to, recorded, lines.size(), handedOver, outcomes, extras);
    }

    /** The first check naming the person decides: handed over beats a refusal recorded before it; else absent. */
    private static OutcomeReply outcome(ManifestLine l, PersonRef ref, List<HandoverCheck> mine, List<Discrepancy> absent,
                                        boolean recorded) {
        List<HandoverCheck> named = mine.stream().filter(c -> c.person().filter(ref::equals).isPresent()).toList();
        Optional<HandoverCheck> crossed = named.stream().filter(c -> c.outcome().equals(HANDED_OVER)).findFirst();
        if (crossed.isPresent()) {
            return new OutcomeReply(l, HANDED_OVER, crossed.get().note());
        }
        if (!named.isEmpty()) {
            return new OutcomeReply(l, named.getFirst().outcome(), named.getFirst().note());
        }
        if (!recorded) {
            return new OutcomeReply(l, "NOT_RECORDED", "");
        }
        return new OutcomeReply(l, "ABSENT", absent.stream().filter(d -> d.person().filter(ref::equals).isPresent())
                .map(Discrepancy::detail).findFirst().orElse(""));
    }
}
