package org.repatria.bench.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.demo.DemoAccount;
import org.repatria.demo.Scenario;
import org.repatria.server.DemoScenario;
import org.repatria.server.document.DocumentSteps;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.PlanReply;
import org.repatria.server.exchange.TrancheMessages.PlanRequest;
import org.repatria.server.exchange.TrancheMessages.SignatureReply;
import org.repatria.server.exchange.TrancheMessages.SlotRequest;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.Store;

/**
 * Seeds the demo ({@code repatria demo}'s first start: lists, then the exchanges, the children's cases and the requests'
 * answers, through the desk's own methods) into a fresh embedded store and prints the seeding's own breakdown; then,
 * on the seeded May exchange (1,000 prisoners a side, 1,010 nominated each), times single exchange steps: reads a step
 * loads (a manifest, the act, the plans) and writes with real signatures on the log (a plan proposed by the mediator,
 * signed by one side with its server-held key, relayed and acknowledged, signed by the other). Arguments: [seedings]
 * [step repetitions].
 */
public final class DemoSeedingBenchmark {
    private static final String DONE = "ist-2025-05-pow";

    private DemoSeedingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int seedings = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int s = 1; s <= seedings; s++) {
            Path dir = Files.createTempDirectory("repatria-seed-bench");
            try (Store store = Store.embedded(dir)) {
                ByteArrayOutputStream said = new ByteArrayOutputStream();
                long start = System.nanoTime();
                long cpu = processCpuNanos();
                DemoScenario.seedIfEmpty(store, new PrintStream(said, true, StandardCharsets.UTF_8));
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf(Locale.ROOT, "seeding %d: %,d ms in all, %,d ms of CPU (every thread; the load shows in the"
                        + " difference)%n", s, ms, (processCpuNanos() - cpu) / 1_000_000);
                for (String line : said.toString(StandardCharsets.UTF_8).split("\n")) {
                    if (line.startsWith("Seeded")) {
                        System.out.println("  " + line.strip());
                    }
                }
                if (s == seedings) {
                    steps(store, reps);
                }
            } finally {
                delete(dir);
            }
        }
    }

    private static void steps(Store store, int reps) {
        Scenario scenario = Scenario.generate(DemoScenario.SEED);
        Account mediator = desk(scenario, "tr", Role.MEDIATOR);
        Account ua = desk(scenario, "ua", Role.PARTY_DESK);
        Account ru = desk(scenario, "ru", Role.PARTY_DESK);
        Clock clock = Clock.systemUTC();
        try (TransparencyLog log = TransparencyLog.open(store, clock)) {
            Exchange exchange = new Exchange(store, log, clock);
            DocumentSteps documents = new DocumentSteps(store, log, clock);
            time("read: the manifest of tranche 1", reps, () -> exchange.manifest(mediator, DONE, 1));
            time("read: the act of tranche 1", reps, () -> exchange.act(ua, DONE, 1));
            time("read: the plans (2 versions)", reps, () -> exchange.plans(mediator, DONE));
            time("read: the agreement", reps, () -> exchange.agreement(ua, DONE));
            List<Integer> numbers = new ArrayList<>();
            // Each proposal differs (one seat fewer on the first day), so each signature is a document of its own.
            time("write: the mediator proposes a plan, 3 slots", reps, () -> numbers.add(exchange.proposePlan(mediator, DONE,
                    new PlanRequest(List.of(slot("2025-05-23", 389 - numbers.size()), slot("2025-05-24", 307),
                            slot("2025-05-25", 310)), List.of(), false)).number()));
            List<Integer> toRelay = new ArrayList<>(numbers);
            List<Integer> toSecond = new ArrayList<>(numbers);
            time("write: ua signs a plan (server-held key, on the log)", reps, () -> {
                PlanReply r = exchange.signPlanWithServerHeldKey(ua, DONE, numbers.removeFirst());
                return r;
            });
            time("write: the mediator relays it, ru acknowledges (two log entries)", reps, () -> {
                PlanReply p = exchange.plans(mediator, DONE).stream().filter(x -> x.number() == toRelay.getFirst()).findFirst()
                        .orElseThrow();
                String envelope = p.signatures().stream().filter(x -> x.party().equals("ua")).map(SignatureReply::envelopeId)
                        .findFirst().orElseThrow();
                toRelay.removeFirst();
                documents.relay(mediator, envelope);
                return documents.acknowledgeWithServerHeldKey(ru, envelope);
            });
            time("write: ru signs it (server-held key, on the log)", reps, () -> exchange.signPlanWithServerHeldKey(ru, DONE,
                    toSecond.removeFirst()));
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static SlotRequest slot(String date, int seats) {
        return new SlotRequest(date, "Belarus-Ukraine border", seats, 0, 0, 0);
    }

    private static void time(String what, int reps, Supplier<?> step) {
        long[] ms = new long[reps];
        for (int i = 0; i < reps; i++) {
            long start = System.nanoTime();
            step.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long first = ms[0];
        long[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-66s first %,6d ms, best %,6d ms, median %,6d ms%n", what, first, sorted[0],
                sorted[reps / 2]);
    }

    private static Account desk(Scenario scenario, String party, Role role) {
        return scenario.accounts().stream().map(DemoAccount::account)
                .filter(a -> a.party().equals(new PartyId(party)) && a.role() == role).findFirst().orElseThrow();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
