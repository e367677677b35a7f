package org.repatria.bench.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP/1.1 keep-alive connection on a plain socket: a request written whole, the answer read by its
 * {@code Content-Length} or chunks. Lighter than {@code java.net.http.HttpClient} (no selector thread, no futures), so
 * on a 2-core machine the driver leaves more of the cores to the server it measures. Loopback only.
 */
final class Wire implements AutoCloseable {
    /** The largest answer read; a larger one fails the request (a benchmark never needs more). */
    static final int MAX_BODY = 16 << 20;
    private static final int TIMEOUT_MS = 30_000;
    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** An answer: status, header lines as sent ({@code name: value}), body. */
    record Answer(int status, List<String> headers, byte[] body) {
        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst();
        }

        List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).toList();
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Wire(URI base) {
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("the load driver runs on loopback only, not " + base.getHost());
        }
        this.host = base.getHost();
        this.port = base.getPort();
    }

    /** Sends one request ({@code headers} as {@code name: value} lines) and reads its answer; reconnects when needed. */
    Answer send(String method, String path, List<String> headers, byte[] body) throws IOException {
        if (socket == null) {
            connect();
        }
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\n");
        headers.forEach(h -> head.append(h).append("\r\n"));
        if (body.length > 0 || !method.equals("GET")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        try {
            Answer answer = read(method);
            if (answer.header("Connection").filter(c -> c.equalsIgnoreCase("close")).isPresent()) {
                close();
            }
            return answer;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MS);
        socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
        in = new BufferedInputStream(socket.getInputStream(), 64 << 10);
        out = socket.getOutputStream();
    }

    private Answer read(String method) throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        List<String> headers = new ArrayList<>();
        for (String h = line(); !h.isEmpty(); h = line()) {
            headers.add(h);
        }
        Answer bare = new Answer(code, headers, new byte[0]);
        if (method.equals("HEAD") || code == 204 || code == 304 || code / 100 == 1) {
            return bare;
        }
        if (bare.header("Transfer-Encoding").filter(v -> v.equalsIgnoreCase("chunked")).isPresent()) {
            return new Answer(code, headers, chunked());
        }
        int length = bare.header("Content-Length").map(Integer::parseInt).orElse(0);
        if (length > MAX_BODY) {
            throw new IOException("answer of " + length + " bytes, the limit is " + MAX_BODY);
        }
        return new Answer(code, headers, in.readNBytes(length));
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            if (body.size() + size > MAX_BODY) {
                throw new IOException("answer over " + MAX_BODY + " bytes");
            }
            body.write(in.readNBytes(size));
            line();
        }
        for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
            // trailers are not used
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String size = line();
        int semicolon = size.indexOf(';');
        return Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
            if (line.length() > 65_536) {
                throw new IOException("a header line over 64 KiB");
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket we are done with: nothing to do
            }
        }
        socket = null;
    }
}
