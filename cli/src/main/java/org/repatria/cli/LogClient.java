package org.repatria.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.repatria.ledger.tile.Fetcher;

/** Reads a C2SP tiled log over HTTP(S), with timeouts and errors that say what failed and where. */
final class LogClient implements Fetcher {
    private final HttpClient http;
    private final URI base;
    private final Duration timeout;

    /** A client of the log whose resources are below {@code url} (e.g. {@code https://host/log/}). */
    LogClient(String url, Duration timeout) {
        this.base = prefix(url);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The resource's bytes; empty on 404 or 410; a {@link CommandFailure} on any other answer or transport error. */
    @Override
    public Optional<byte[]> fetch(String path) {
        URI uri = base.resolve(path);
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
        int status = response.statusCode();
        if (status == 200) {
            return Optional.of(response.body());
        }
        if (status == 404 || status == 410) {
            if (path.equals("checkpoint")) {
                throw new CommandFailure(CommandFailure.UNUSABLE, "no log at " + base + ": " + uri + " answered " + status
                        + "; --url is the log's prefix, e.g. https://host/log/");
            }
            return Optional.empty();
        }
        throw new CommandFailure(CommandFailure.UNUSABLE, "GET " + uri + " answered HTTP " + status
                + "; the log server is failing or refuses us, try again later");
    }

    /** POSTs {@code body} to {@code path} resolved against the address; returns the status and answer. */
    HttpResponse<byte[]> post(String path, byte[] body, String contentType, Optional<String> bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        bearerToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return send(request.build());
    }

    URI base() {
        return base;
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, request.method() + " " + request.uri() + " timed out after "
                    + timeout.toSeconds() + " s; the log is unreachable or slow (see --timeout)", e);
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "cannot reach " + request.uri() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "; check the address and the network", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(CommandFailure.UNUSABLE, "interrupted while reading " + request.uri(), e);
        }
    }

    private static URI prefix(String url) {
        try {
            URI uri = new URI(url.endsWith("/") ? url : url + "/");
            if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an http:// or https:// address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CommandFailure(CommandFailure.UNUSABLE, "--url " + url + " is not a log address: " + e.getReason()
                    + "; give e.g. https://host/log/", e);
        }
    }
}
