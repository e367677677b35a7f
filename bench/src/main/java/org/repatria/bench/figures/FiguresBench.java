package org.repatria.bench.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.repatria.store.Store;
import org.repatria.store.request.View;

/**
 * The counts behind the figures across exchanges at the scale of issue 17: {@code agreements} exchanges (default 100,
 * a tenth of them remains) in which {@code persons} persons (default 200,000) were handed over in four tranches each,
 * received, remains sampled and half identified, and {@code requestRows} request rows (default 50,000, in lists of 100,
 * 60 % answered). The rows are written straight into the embedded SQLite database the store migrated (not through the
 * exchange's rules: this times the reads, not the writes); then each count the figures page runs is timed. Usage:
 * {@code FiguresBench [agreements] [persons] [requestRows] [runs]}.
 */
public final class FiguresBench {
    private static final long T0 = 1_748_000_000L;

    private FiguresBench() {
    }

    /** Fills the database, then prints one line per count: median and slowest of {@code runs} after warm-up. */
    public static void main(String[] args) throws Exception {
        int agreements = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int persons = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int requestRows = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, %d agreements, %,d persons handed over, %,d request rows%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), agreements, persons, requestRows);
        Path dir = Files.createTempDirectory("repatria-figures-bench");
        try (Store store = Store.embedded(dir)) {
            long start = System.nanoTime();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("repatria.sqlite"))) {
                c.setAutoCommit(false);
                fill(c, agreements, persons, requestRows);
                c.commit();
            }
            System.out.printf(Locale.ROOT, "filled in %.1f s%n", (System.nanoTime() - start) / 1e9);
            time("handovers: one GROUP BY (checks, rows, nominations)", runs, () -> store.tallies().handedOver().size());
            time("remains: three GROUP BYs (moves, custody, samples)", runs, () -> store.tallies().remains().size());
            time("requests: the request lists and both views' GROUP BYs", runs, () -> store.requests().requested().size()
                    + store.requests().counts(View.SUBMITTED).size() + store.requests().counts(View.SHOWN).size());
        }
    }

    private static void time(String what, int runs, Supplier<Integer> count) {
        for (int i = 0; i < 3; i++) {
            count.get();
        }
        double[] ms = new double[runs];
        int lines = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            lines = count.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-58s median %7.1f ms, slowest %7.1f ms (%d lines)%n", what, ms[runs / 2],
                ms[runs - 1], lines);
    }

    private static void fill(Connection c, int agreements, int persons, int requestRows) throws SQLException {
        exec(c, "INSERT INTO parties (id, name, kind) VALUES ('ua', 'Україна', 'BELLIGERENT'), ('ru', 'Россия', 'BELLIGERENT'),"
                + " ('tr', 'Türkiye', 'MEDIATOR')");
        int perAgreement = persons / agreements;
        int remainsAgreements = Math.max(1, agreements / 10);
        list(c, "ua-pow", "ua", "HOLDING", "POW", perAgreement / 2 * (agreements - remainsAgreements));
        list(c, "ru-pow", "ru", "HOLDING", "POW", perAgreement / 2 * (agreements - remainsAgreements));
        list(c, "ru-remains", "ru", "HOLDING", "REMAINS", perAgreement * remainsAgreements);
        SplittableRandom rng = new SplittableRandom(17);
        try (PreparedStatement agreement = c.prepareStatement("INSERT INTO agreements VALUES (?, ?, 'ua', 'ru', 'tr', ?, 0, 2)");
             PreparedStatement nomination = c.prepareStatement("INSERT INTO nominations VALUES (?, ?, ?, ?, ?, 0, ?, 1, 'eligible',"
                     + " NULL, NULL, 'desk', ?, 0)");
             PreparedStatement check = c.prepareStatement("INSERT INTO handover_checks VALUES (?, ?, ?, ?, ?, ?, 'p', 'HANDED_OVER',"
                     + " '', 'desk', ?, 0)");
             PreparedStatement move = c.prepareStatement("INSERT INTO person_moves VALUES (?, ?, ?, ?, ?, ?, 'desk', ?, ?, 0, '')");
             PreparedStatement custody = c.prepareStatement("INSERT INTO custody_steps VALUES (?, ?, 1, 'SAMPLED', 'ua', 'lab', '',"
                     + " NULL, NULL, 'desk', ?, 0)")) {
            int[] next = new int[3];
            for (int a = 0; a < agreements; a++) {
                boolean remains = a >= agreements - remainsAgreements;
                String id = "bench-" + a;
                agreement.setString(1, id);
                agreement.setString(2, remains ? "REMAINS" : "PRISONERS");
                agreement.setLong(3, T0 + a * 86_400L);
                agreement.executeUpdate();
                for (int p = 0; p < perAgreement; p++) {
                    String side = remains || p % 2 == 1 ? "ru" : "ua";
                    int which = remains ? 2 : side.equals("ua") ? 0 : 1;
                    String list = which == 0 ? "ua-pow" : which == 1 ? "ru-pow" : "ru-remains";
                    String row = "r" + next[which]++;
                    int tranche = 1 + p * 4 / perAgreement;
                    long at = T0 + a * 86_400L + tranche * 3_600L;
                    nomination.setString(1, id);
                    nomination.setString(2, side);
                    nomination.setString(3, list);
                    nomination.setString(4, row);
                    nomination.setInt(5, p + 1);
                    nomination.setString(6, remains ? "not-applicable" : rng.nextInt(50) == 0 ? "seriously-wounded-or-sick" : "fit");
                    nomination.setLong(7, at);
                    nomination.addBatch();
                    check.setString(1, id);
                    check.setInt(2, tranche);
                    check.setInt(3, p);
                    check.setString(4, side);
                    check.setString(5, list);
                    check.setString(6, row);
                    check.setLong(7, at);
                    check.addBatch();
                    String[] states = remains && p % 2 == 0 ? new String[] {"IN_TRANCHE", "HANDED_OVER", "RECEIVED", "IDENTIFIED"}
                            : new String[] {"IN_TRANCHE", "HANDED_OVER", "RECEIVED"};
                    for (int m = 1; m < states.length; m++) {
                        move.setString(1, id);
                        move.setString(2, list);
                        move.setString(3, row);
                        move.setInt(4, m);
                        move.setString(5, states[m - 1]);
                        move.setString(6, states[m]);
                        move.setString(7, m == 1 ? side : side.equals("ua") ? "ru" : "ua");
                        move.setLong(8, at + m);
                        move.addBatch();
                    }
                    if (remains && p % 4 != 3) {
                        custody.setString(1, id);
                        custody.setString(2, "bag-" + row);
                        custody.setLong(3, at + 86_400L);
                        custody.addBatch();
                    }
                }
                nomination.executeBatch();
                check.executeBatch();
                move.executeBatch();
                custody.executeBatch();
            }
        }
        requests(c, requestRows, rng);
    }

    private static void requests(Connection c, int requestRows, SplittableRandom rng) throws SQLException {
        int lists = Math.max(1, requestRows / 100);
        try (PreparedStatement relay = c.prepareStatement("INSERT INTO relays VALUES (?, ?, ?, 0)");
             PreparedStatement answered = c.prepareStatement("INSERT INTO request_rows VALUES (?, ?, ?, ?, 'env', ?, 0, ?, 'env',"
                     + " ?, 0)")) {
            for (int l = 0; l < lists; l++) {
                String author = l % 2 == 0 ? "ua" : "ru";
                String requested = author.equals("ua") ? "ru" : "ua";
                String id = String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", l);
                long at = T0 + l * 43_200L;
                exec(c, "INSERT INTO lists VALUES ('" + id + "', '" + author + "', 'REQUEST', 'POW', 'request " + l + "', " + at
                        + ", 0, 100)");
                relay.setString(1, id);
                relay.setString(2, requested);
                relay.setLong(3, at + 7_200L);
                relay.executeUpdate();
                for (int r = 0; r < 100; r++) {
                    if (rng.nextInt(10) < 6) {
                        String status = rng.nextBoolean() ? "held" : "not-found";
                        answered.setString(1, id);
                        answered.setString(2, requested);
                        answered.setString(3, "q" + r);
                        answered.setString(4, status);
                        answered.setLong(5, at + 86_400L * (1 + rng.nextInt(60)));
                        answered.setString(6, status);
                        answered.setLong(7, at + 86_400L * 61);
                        answered.addBatch();
                    }
                }
                answered.executeBatch();
            }
        }
    }

    private static void list(Connection c, String id, String author, String purpose, String category, int rows) throws SQLException {
        exec(c, "INSERT INTO lists VALUES ('" + id + "', '" + author + "', '" + purpose + "', '" + category + "', '" + id + "', "
                + T0 + ", 0, " + rows + ")");
        try (PreparedStatement row = c.prepareStatement("INSERT INTO list_rows VALUES (?, ?, ?, 'Surname', 'Given', '', 'Surname',"
                + " 'Given', '', 'MALE', '', 0, '', '', '', '', ?, 'surname given', '00', '00')")) {
            for (int i = 0; i < rows; i++) {
                row.setString(1, id);
                row.setInt(2, i);
                row.setString(3, "r" + i);
                row.setString(4, category);
                row.addBatch();
                if (i % 10_000 == 9_999) {
                    row.executeBatch();
                }
            }
            row.executeBatch();
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
