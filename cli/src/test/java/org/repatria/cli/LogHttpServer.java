package org.repatria.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The JDK's HTTP server on 127.0.0.1 and a free port: serves a directory under {@code /log/} as static files and
 * records what is POSTed to the cosignature endpoint.
 */
final class LogHttpServer implements AutoCloseable {
    /** A POST as received: its Authorization header and body. */
    record Post(String authorization, byte[] body) {
    }

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: ~40 ms per GET.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private volatile int postStatus = 201;
    private volatile int logStatus = 200;
    private volatile long logDelayMillis;

    private LogHttpServer(Path dir) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/log/", exchange -> serve(exchange, dir, logStatus, logDelayMillis));
        server.createContext(WitnessCommand.SUBMIT_PATH, this::record);
        server.start();
    }

    static LogHttpServer serving(Path dir) {
        try {
            return new LogHttpServer(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test HTTP server", e);
        }
    }

    /** The log's address, e.g. {@code http://127.0.0.1:12345/log/}. */
    String logUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/log/";
    }

    List<Post> posts() {
        return posts;
    }

    void answerPostsWith(int status) {
        postStatus = status;
    }

    /** Makes every log GET answer {@code status} with an empty body (a failing server). */
    void answerLogWith(int status) {
        logStatus = status;
    }

    /** Makes every log GET wait before answering (a stalled server). */
    void delayLog(long millis) {
        logDelayMillis = millis;
    }

    private static void serve(HttpExchange exchange, Path dir, int status, long delayMillis) throws IOException {
        try (exchange) {
            pause(delayMillis);
            if (status != 200) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            Path file = dir.resolve(exchange.getRequestURI().getPath().substring("/log/".length())).normalize();
            if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(HttpExchange exchange) throws IOException {
        try (exchange) {
            posts.add(new Post(exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(postStatus, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
