package org.repatria.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.PersonList;
import org.repatria.store.list.RowPage;
import org.repatria.store.list.RowQuery;
import org.repatria.store.list.RowSort;

/** One crash: start a {@link CrashWriter}, kill it with SIGKILL, then list what is wrong with the store. */
final class CrashRun {
    private CrashRun() {
    }

    /**
     * Starts a writer, kills it once it has acknowledged {@code acks} lists and {@code delayMs} more
     * milliseconds have passed, and returns every list number it acknowledged.
     */
    static List<Long> runAndKill(String engine, Path dir, String url, long first, int acks, int delayMs)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                // A short-lived writer: quick start-up matters more than peak speed.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), engine, dir.toString(), Long.toString(first))
                .redirectError(dir.resolve("writer-" + first + ".err").toFile());
        builder.environment().put(CrashWriter.URL_VARIABLE, url);
        Process child = builder.start();
        List<Long> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (seen.size() < acks && (line = out.readLine()) != null) {
                seen.add(ackedNumber(line));
            }
            if (seen.size() < acks) {
                throw new IllegalStateException("the writer ended by itself after " + seen.size() + " acks, exit code "
                        + child.waitFor() + ": " + Files.readString(dir.resolve("writer-" + first + ".err")));
            }
            Thread.sleep(delayMs);
            // SIGKILL on Linux: no shutdown hook, no close. Through the handle, so that (unlike
            // Process.destroyForcibly) our end of the pipe stays open and we can drain it.
            child.toHandle().destroyForcibly();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the writer survived SIGKILL for 10 s");
            }
            // Lines printed before the kill were printed after their commit returned: they count too.
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    seen.add(ackedNumber(line));
                }
            }
        }
        return seen;
    }

    /** What is wrong with the store after a crash: acknowledged lists missing, lists with rows missing or wrong. */
    static List<String> problems(Store store, Collection<Long> acked) {
        List<String> problems = new ArrayList<>();
        for (long n : acked) {
            PersonList expected = CrashWriter.list(n);
            if (!store.lists().header(expected.header().id()).equals(java.util.Optional.of(expected.header()))) {
                problems.add("acknowledged list " + n + " is missing");
            }
        }
        for (ListHeader header : store.lists().headers()) {
            long n = CrashWriter.number(header);
            RowPage rows = store.lists().rows(header.id(), new RowQuery("", RowSort.ROW, false, 0, RowQuery.MAX_LIMIT));
            if (!rows.rows().equals(CrashWriter.list(n).rows())) {
                problems.add("list " + n + " has " + rows.total() + " rows of " + header.rowCount() + " or wrong ones");
            }
        }
        return problems;
    }

    private static long ackedNumber(String line) {
        return Long.parseLong(line.substring("ack ".length()));
    }
}
