package org.repatria.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code repatria demo} started by the driver in a JVM of its own (the command line's {@code Main} on this JVM's class
 * path, on a fresh data folder and a free loopback port), so the server's CPU time is its own process's; the address
 * and the demo accounts are read from what it prints. Closing it stops that process (and only it).
 */
final class DemoProcess implements AutoCloseable {
    /** How long seeding and starting may take before the driver gives up. */
    static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final List<String> NEEDED = List.of("ru.desk", "tr.mediator");
    private static final Pattern SERVING = Pattern.compile("serving at (http://\\S+?)/?$");
    private final Process process;
    private final URI address;
    private final Accounts accounts;

    private DemoProcess(Process process, URI address, Accounts accounts) {
        this.process = process;
        this.address = address;
        this.accounts = accounts;
    }

    /** Seeds and starts the demo under {@code data} with a heap of {@code heap} (as {@code -Xmx} takes it). */
    static DemoProcess start(Path data, String heap) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("repatria-load-demo", ".log");
        Process process = new ProcessBuilder(java, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "org.repatria.cli.Main", "demo", "--port", "0", "--data",
                data.toString()).redirectError(log.toFile()).start();
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(1_000);
        Thread.ofPlatform().daemon().name("demo-stdout").start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.offer(line);
                }
            } catch (IOException ignored) {
                // the process ended: its standard error is in the log
            }
        });
        URI address = null;
        List<String> printed = new ArrayList<>();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (address == null || !NEEDED.stream().allMatch(Accounts.of(printed)::has)) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || !process.isAlive()) {
                process.destroy();
                throw new IOException("the demo did not start within " + START_LIMIT + "; its log: " + log);
            }
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                address = URI.create(serving.group(1));
            }
            printed.add(line);
        }
        return new DemoProcess(process, address, Accounts.of(printed));
    }

    URI address() {
        return address;
    }

    /** The password the demo printed for {@code username}. */
    String password(String username) {
        return accounts.get(username);
    }

    /** The server process's CPU time so far (every thread), in seconds. */
    double cpuSeconds() {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
