package org.repatria.server;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.repatria.store.Store;

/**
 * How to run the server.
 *
 * @param host          the address to listen on: {@code 0.0.0.0} for every interface, {@code 127.0.0.1} for this machine only
 * @param port          the TCP port; 0 picks a free one ({@link Server#port()} tells which)
 * @param store         where parties, accounts and lists live; the server does not close it
 * @param clock         the time source for sessions, tokens and list timestamps
 * @param secureCookies mark cookies Secure (set it whenever the desk is served over HTTPS)
 * @param sessionIdle   a desk session ends after this long without a request
 * @param tokenLifetime how long a bearer token for the command line stays valid
 */
public record ServerConfig(String host, int port, Store store, Clock clock, boolean secureCookies, Duration sessionIdle,
                           Duration tokenLifetime) {
    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, was " + port);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must name an address to listen on, e.g. 0.0.0.0 or 127.0.0.1");
        }
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        if (sessionIdle.isNegative() || sessionIdle.isZero() || tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("session idle time and token lifetime must be positive");
        }
    }

    /** Every interface, port 8080, the system clock, cookies without Secure, 30-minute idle sessions, 12-hour tokens. */
    public static ServerConfig of(Store store) {
        return new ServerConfig("0.0.0.0", 8080, store, Clock.systemUTC(), false, Duration.ofMinutes(30), Duration.ofHours(12));
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, store, clock, secureCookies, sessionIdle, tokenLifetime);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, store, clock, secureCookies, sessionIdle, tokenLifetime);
    }

    public ServerConfig withClock(Clock c) {
        return new ServerConfig(host, port, store, c, secureCookies, sessionIdle, tokenLifetime);
    }

    public ServerConfig withSecureCookies(boolean secure) {
        return new ServerConfig(host, port, store, clock, secure, sessionIdle, tokenLifetime);
    }
}
