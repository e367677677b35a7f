package org.repatria.server.figures;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.Health;
import org.repatria.core.request.Ageing;
import org.repatria.server.exchange.AgreementOutline;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.figures.FigureMessages.AgeLine;
import org.repatria.server.figures.FigureMessages.FiguresReply;
import org.repatria.server.figures.FigureMessages.MonthLine;
import org.repatria.server.figures.FigureMessages.ParityLine;
import org.repatria.server.figures.FigureMessages.RemainsLine;
import org.repatria.server.figures.FigureMessages.TrancheLine;
import org.repatria.server.request.RequestMessages.RequestReply;
import org.repatria.server.request.Requests;
import org.repatria.store.Store;
import org.repatria.store.figures.HandedOver;
import org.repatria.store.figures.RemainsTally;

/**
 * Figures across exchanges (issue 17, docs/decisions/0180), over what the reader may see: the exchanges the exchange
 * rules show it (the mediator those it mediates, a side those it is in, an observer those it was granted) and the
 * requests the request rules show it; counts only, added up by the database.
 */
public final class Figures {
    /** The most lines a figure holds (the latest tranches are kept): what a page shows and an export writes. */
    public static final int MAX_LINES = 5_000;
    /** The most months the answer rate runs back over (ten years). */
    public static final int MAX_MONTHS = 120;
    private final Store store;
    private final Exchange exchange;
    private final Requests requests;
    private final Clock clock;

    public Figures(Store store, Exchange exchange, Requests requests, Clock clock) {
        this.store = store;
        this.exchange = exchange;
        this.requests = requests;
        this.clock = clock;
    }

    /** Every figure over what {@code reader} may see; nothing for an identification unit. */
    public FiguresReply of(Account reader) {
        if (reader.role() == Role.IDENTIFICATION) {
            return new FiguresReply(List.of(), 0, List.of(), ageing(List.of(), clock.instant()), List.of(), List.of());
        }
        Map<String, AgreementOutline> agreements = exchange.outlines(reader).stream()
                .collect(Collectors.toMap(AgreementOutline::id, Function.identity()));
        List<HandedOver> handed = store.tallies().handedOver().stream()
                .filter(h -> agreements.containsKey(h.agreement())).toList();
        List<TrancheLine> tranches = tranches(handed);
        int leftOut = Math.max(0, tranches.size() - MAX_LINES);
        List<RequestReply> asked = requests.requests(reader);
        Instant now = clock.instant();
        return new FiguresReply(tranches.subList(leftOut, tranches.size()), leftOut, parity(agreements, handed),
                ageing(asked, now), months(asked), remains(agreements));
    }

    /** Lines per tranche, side and category in the order they crossed, each with the running total of its side and category. */
    static List<TrancheLine> tranches(List<HandedOver> handed) {
        record Key(String agreement, int tranche, String side, org.repatria.core.person.Category category) {
        }
        Map<Key, long[]> sums = new HashMap<>();
        Map<Key, Instant> crossed = new HashMap<>();
        for (HandedOver h : handed) {
            Key k = new Key(h.agreement(), h.tranche(), h.side().value(), h.category());
            sums.computeIfAbsent(k, x -> new long[1])[0] += h.persons();
            crossed.merge(k, h.crossed(), (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Key> order = new ArrayList<>(sums.keySet());
        order.sort(Comparator.comparing((Key k) -> crossed.get(k)).thenComparing(Key::agreement)
                .thenComparingInt(Key::tranche).thenComparing(Key::side).thenComparing(Key::category));
        Map<String, Long> running = new HashMap<>();
        List<TrancheLine> out = new ArrayList<>();
        for (Key k : order) {
            long n = sums.get(k)[0];
            long total = running.merge(k.side() + "/" + k.category(), n, Long::sum);
            out.add(new TrancheLine(k.agreement(), k.tranche(), k.side(), k.category(), n, total, crossed.get(k)));
        }
        return out;
    }

    /** Both sides of every accepted exchange but remains, exempt by the exchange's own terms. */
    static List<ParityLine> parity(Map<String, AgreementOutline> agreements, List<HandedOver> handed) {
        List<ParityLine> out = new ArrayList<>();
        agreements.values().stream().filter(a -> a.accepted() && a.kind() != AgreementKind.REMAINS)
                .sorted(Comparator.comparing(AgreementOutline::id)).forEach(a -> {
                    for (var side : List.of(a.first(), a.second())) {
                        long all = 0;
                        long exempt = 0;
                        for (HandedOver h : handed) {
                            if (h.agreement().equals(a.id()) && h.side().equals(side)) {
                                all += h.persons();
                                exempt += h.health().filter(token -> exempt(a, token)).isPresent() ? h.persons() : 0;
                            }
                        }
                        out.add(new ParityLine(a.id(), side.value(), all, exempt));
                    }
                });
        return out;
    }

    private static boolean exempt(AgreementOutline a, String token) {
        return a.exempt().stream().map(Health::token).anyMatch(token::equals);
    }

    private static List<AgeLine> ageing(List<RequestReply> asked, Instant now) {
        Map<RequestAge, long[]> sums = new EnumMap<>(RequestAge.class);
        for (RequestAge a : RequestAge.values()) {
            sums.put(a, new long[2]);
        }
        for (RequestReply r : asked) {
            long waiting = Math.max(0, r.rows() - r.answered());
            if (waiting > 0) {
                long[] s = sums.get(RequestAge.ofDays(Ageing.days(r.relayedAt(), now)));
                s[0] += waiting;
                s[1]++;
            }
        }
        return sums.entrySet().stream().map(e -> new AgeLine(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static List<MonthLine> months(List<RequestReply> asked) {
        TreeMap<YearMonth, long[]> sums = new TreeMap<>();
        for (RequestReply r : asked) {
            long[] s = sums.computeIfAbsent(YearMonth.from(r.relayedAt().atZone(ZoneOffset.UTC)), m -> new long[2]);
            s[0] += r.rows();
            s[1] += Math.min(r.rows(), r.answered());
        }
        List<MonthLine> out = sums.entrySet().stream().map(e -> new MonthLine(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
        return out.subList(Math.max(0, out.size() - MAX_MONTHS), out.size());
    }

    private List<RemainsLine> remains(Map<String, AgreementOutline> agreements) {
        Map<String, RemainsTally> tallies = store.tallies().remains();
        return agreements.values().stream().filter(a -> a.accepted() && a.kind() == AgreementKind.REMAINS)
                .sorted(Comparator.comparing(AgreementOutline::id))
                .map(a -> tallies.getOrDefault(a.id(), RemainsTally.none(a.id())))
                .map(t -> new RemainsLine(t.agreement(), t.received(), t.sampled(), t.identified())).toList();
    }
}
