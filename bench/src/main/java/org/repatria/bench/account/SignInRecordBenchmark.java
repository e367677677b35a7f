package org.repatria.bench.account;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.account.SignInOutcome;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.server.auth.Passwords;
import org.repatria.store.Store;
import org.repatria.store.account.SignIn;
import org.repatria.store.account.SignIns;

/**
 * What recording one sign-in attempt costs on the embedded store (docs/decisions/0182): on an empty record, and on a
 * full one ({@link SignIns#CAPACITY} rows, where each new row also deletes the oldest), beside the Argon2id check every
 * attempt already pays; and the supervisor's page query (the party's newest 100) on the full record. Plain main;
 * arguments: [attempts timed per case].
 */
public final class SignInRecordBenchmark {
    private static final PartyId UA = new PartyId("ua");
    private static final Account DESK = new Account("ua-desk", "", UA, Role.PARTY_DESK);

    private SignInRecordBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path dir = Files.createTempDirectory("repatria-sign-ins");
        try (Store store = Store.embedded(dir)) {
            store.parties().add(new Party(UA, "Україна", PartyKind.BELLIGERENT));
            store.accounts().add(DESK, Passwords.hash("correct horse battery".toCharArray()));
            Instant t0 = Instant.parse("2026-12-07T00:00:00Z");
            report("record, empty record", time(n, i -> store.signIns().record(
                    SignIn.of(DESK, t0.plusMillis(i), "192.0.2." + i % 250, SignInOutcome.WRONG_PASSWORD))));
            fill(dir, SignIns.CAPACITY, n);
            report("record, full record (" + String.format(Locale.ROOT, "%,d", SignIns.CAPACITY) + " kept)",
                    time(n, i -> store.signIns().record(SignIn.of(DESK, t0.plusSeconds(1_000_000 + i), "192.0.2.1",
                            SignInOutcome.SIGNED_IN))));
            System.out.printf(Locale.ROOT, "rows kept after: %,d%n", store.signIns().count());
            report("the party's newest 100, full record", time(Math.min(n, 500), i -> store.signIns().ofParty(UA, 100)));
            String hash = store.accounts().passwordHash("ua-desk").orElseThrow();
            report("Argon2id check of one password", time(50, i -> Passwords.verify("wrong".toCharArray(), hash)));
        }
    }

    /** Adds rows behind the store's back in one transaction, after the {@code n} already recorded, up to {@code rows}. */
    private static void fill(Path dir, int rows, int n) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("repatria.sqlite"))) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO sign_ins (id, seq, at_sec, at_nano, username,"
                    + " party_id, address, outcome) VALUES (?, ?, ?, 0, 'ua-desk', 'ua', '192.0.2.9', 'WRONG_PASSWORD')")) {
                for (int seq = n + 1; seq <= rows; seq++) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setLong(2, seq);
                    insert.setLong(3, 1_800_000_000L + seq);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    private static double[] time(int n, IntConsumer work) {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            work.accept(i);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-40s n=%,d median %.2f ms, p90 %.2f ms, mean %.2f ms%n", what, ms.length,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], Arrays.stream(ms).average().orElse(0));
    }
}
