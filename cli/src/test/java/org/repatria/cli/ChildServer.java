package org.repatria.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code repatria demo} (or another command) in a separate JVM, so a test can kill it with SIGKILL like a power cut of
 * the process.
 */
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
        return start(log, onDatabase(List.of("demo", "--port", "0"), data, dbUrl));
    }

    /** Starts {@code repatria <args>}, a command that serves, and waits until it prints its address. */
    static ChildServer start(Path log, List<String> args) throws IOException {
        Process p = new ProcessBuilder(javaCommand(args)).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        CompletableFuture<String> address = CompletableFuture.supplyAsync(() -> awaitAddress(p));
        try {
            return new ChildServer(p, address.get(180, TimeUnit.SECONDS));
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("'repatria " + args.getFirst() + "' did not start within 180 s; its log: " + log, e);
        }
    }

    /** What a command run to its end in a JVM of its own printed and returned. */
    record Exited(int code, String out, String err) {
    }

    /** Runs {@code repatria <args>} in a JVM of its own until it exits (at most 180 s, then it is killed). */
    static Exited run(List<String> args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(javaCommand(args)).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
        String out = drain(p.getInputStream());
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("'repatria " + String.join(" ", args) + "' did not exit within 180 s");
        }
        return new Exited(p.exitValue(), out, err.join());
    }

    /** {@code args} with {@code --data DIR}, and {@code --db URL} when the URL is not empty. */
    static List<String> onDatabase(List<String> args, Path data, String dbUrl) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--data", data.toString()));
        if (!dbUrl.isEmpty()) {
            all.addAll(List.of("--db", dbUrl));
        }
        return all;
    }

    private static List<String> javaCommand(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        return cmd;
    }

    private static String drain(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        throw new IllegalStateException("the server exited before serving");
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
