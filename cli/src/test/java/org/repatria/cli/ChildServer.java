package org.repatria.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code repatria demo} in a separate JVM, so a test can kill it with SIGKILL like a power cut of the process. */
final class ChildServer implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("Repatria is serving at (http://[^/]+/)");
    private final Process process;
    private final String base;

    private ChildServer(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** Starts {@code repatria demo --port 0} on the given data directory (and database URL, when not empty). */
    static ChildServer startDemo(Path data, String dbUrl, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "demo", "--port", "0", "--data", data.toString()));
        if (!dbUrl.isEmpty()) {
            cmd.addAll(List.of("--db", dbUrl));
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        CompletableFuture<String> address = CompletableFuture.supplyAsync(() -> awaitAddress(p));
        try {
            return new ChildServer(p, address.get(180, TimeUnit.SECONDS));
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("the demo server did not start within 180 s; its log: " + log, e);
        }
    }

    private static String awaitAddress(Process p) {
        var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line; (line = in.readLine()) != null; ) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    // Keep draining stdout so the child never blocks on a full pipe.
                    Thread.ofVirtual().start(() -> in.lines().forEach(l -> { }));
                    return m.group(1);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the demo server exited before serving");
    }

    String base() {
        return base;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(20).toSeconds(), TimeUnit.SECONDS)) {
            kill();
        }
    }
}
