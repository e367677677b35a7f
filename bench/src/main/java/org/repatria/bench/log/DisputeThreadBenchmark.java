package org.repatria.bench.log;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.repatria.core.dispute.DisputeText;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.Store;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/**
 * Finding the disputes about one document (docs/decisions/0120: a suffix match on the stored envelopes, no index) in
 * an embedded store holding {@code n} documents (default 20,000), every 100th a dispute about the same list. Prints
 * the best and median of the lookup over the runs after 3 warm-up: for that list, for a document nobody disputed,
 * and the answers to all the list's disputes at once (the second of a thread's two scans).
 * Arguments: [documents] [runs].
 */
public final class DisputeThreadBenchmark {
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId RU = new PartyId("ru");

    private DisputeThreadBenchmark() {
    }

    /** Runs the benchmark and prints one line per figure. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        NoteSigner ua = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
        NoteSigner ru = NoteSigner.generate("ru-mod", KeyType.ED25519, new SecureRandom());
        Instant t0 = Instant.parse("2025-06-02T10:00:00Z");
        Envelope list = Envelope.of(DocumentType.PERSON_LIST, UA, List.of(RU), bytes("list"), t0, Optional.empty());
        Path dir = Files.createTempDirectory("repatria-dispute-bench");
        try (Store store = Store.embedded(dir)) {
            store.parties().add(new Party(UA, "Україна", PartyKind.BELLIGERENT));
            store.parties().add(new Party(RU, "Россия", PartyKind.BELLIGERENT));
            try (TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
                List<CompletableFuture<?>> all = new ArrayList<>(n);
                all.add(append(log, list, bytes("list"), ua));
                for (int i = 1; i < n; i++) {
                    boolean dispute = i % 100 == 0;
                    byte[] doc = dispute ? new DisputeText("row " + i, "wrong").encoded() : bytes("document " + i);
                    Envelope e = Envelope.of(dispute ? DocumentType.DISPUTE : DocumentType.PERSON_LIST, dispute ? RU : UA,
                            List.of(dispute ? UA : RU), doc, t0.plusSeconds(i), dispute ? Optional.of(list.id()) : Optional.empty());
                    all.add(append(log, e, doc, dispute ? ru : ua));
                }
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
            }
            System.out.printf(Locale.ROOT, "JDK %s, %d processors, embedded store; %,d documents, %,d disputing one list; "
                    + "%d runs after 3 warm-up%n", Runtime.version(), Runtime.getRuntime().availableProcessors(), n,
                    store.documents().answering(list.id().hex()).size(), runs);
            time("disputes about the list", runs, () -> store.documents().answering(list.id().hex()));
            time("disputes about an undisputed document", runs, () -> store.documents().answering("0".repeat(64)));
            List<String> disputes = store.documents().answering(list.id().hex()).stream().map(StoredDocument::envelopeId).toList();
            time("answers to the list's " + disputes.size() + " disputes", runs, () -> store.documents().answering(disputes));
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static CompletableFuture<?> append(TransparencyLog log, Envelope e, byte[] doc, NoteSigner key) {
        LogEntry entry = LogEntry.sign(new EntryStatement(EntryKind.SUBMITTED, e.author(), KeyCustody.OWN, e.time(), e), key);
        return log.append(entry, Optional.of(new StoredDocument(e.id().hex(), e.text(), e.author(), doc)));
    }

    private static void time(String what, int runs, Supplier<List<StoredDocument>> lookup) {
        for (int i = 0; i < 3; i++) {
            lookup.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            lookup.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s: best %.1f ms, median %.1f ms%n", what, ms[0], ms[runs / 2]);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
