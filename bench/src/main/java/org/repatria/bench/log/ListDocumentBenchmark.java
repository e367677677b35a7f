package org.repatria.bench.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.repatria.bench.lists.ListImportBenchmark;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.list.PersonList;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyKind;
import org.repatria.core.person.Category;
import org.repatria.core.person.Person;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.lists.ListExport;
import org.repatria.server.document.ListDocuments;
import org.repatria.server.log.LogEntry;
import org.repatria.server.log.TransparencyLog;
import org.repatria.store.Store;

/**
 * What {@code GET /api/v1/lists/{id}/document} costs on a signed list of N rows (the demo scenario's people, embedded
 * store): the whole standing with the rows re-hashed, and its parts (read the rows, canonical bytes, SHA-256), in
 * process. Usage: {@code ListDocumentBenchmark [rows] [runs]}.
 */
public final class ListDocumentBenchmark {
    private ListDocumentBenchmark() {
    }

    /** Runs the benchmark and prints one line per figure and run. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, %,d rows, %d runs%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), n, runs);
        List<Person> rows = ListImportBenchmark.rows(n).persons();
        Path dir = Files.createTempDirectory("repatria-listdoc-bench");
        try (Store store = Store.embedded(dir)) {
            store.parties().add(new Party(Submissions.UA, "Україна", PartyKind.BELLIGERENT));
            store.parties().add(new Party(Submissions.RU, "Россия", PartyKind.BELLIGERENT));
            ListHeader list = new ListHeader(new ListId(UUID.nameUUIDFromBytes(new byte[] {1})), Submissions.UA,
                    ListPurpose.HOLDING, Category.POW, "bench", Instant.parse("2025-06-02T10:00:00Z"), rows.size());
            store.lists().add(new PersonList(list, rows));
            try (TransparencyLog log = TransparencyLog.open(store, Clock.systemUTC())) {
                ListDocuments documents = new ListDocuments(store, log, Clock.systemUTC());
                Account desk = new Account("ua-desk", "Desk ua", Submissions.UA, Role.PARTY_DESK);
                NoteSigner key = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
                store.signers().addPartyKey(Submissions.UA, key.verifier().encoded());
                documents.sign(desk, list, LogEntry.sign(documents.statement(desk, list, KeyCustody.OWN), key));
                for (int run = 1; run <= runs; run++) {
                    time(run, "standing, rows checked", () -> documents.standing(list));
                    time(run, "standing, rows not checked", () -> documents.standing(list, false));
                    List<Person> read = time(run, "read the rows", () -> store.lists().persons(list.id()));
                    byte[] canonical = time(run, "canonical bytes", () -> ListExport.canonical(read));
                    time(run, "SHA-256 of " + (canonical.length >> 20) + " MiB", () -> ListExport.sha256(canonical));
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static <T> T time(int run, String what, Supplier<T> step) {
        long start = System.nanoTime();
        T result = step.get();
        System.out.printf(Locale.ROOT, "run %d: %-28s %7.1f ms%n", run, what, (System.nanoTime() - start) / 1e6);
        return result;
    }
}
