package org.repatria.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.server.Client;
import org.repatria.server.Fixture.Who;
import org.repatria.server.RunningServer;

/**
 * Issue 15: 55,000 anonymous visits to the sign-in page, in process through the real HTTP path on loopback, leave every
 * signed-in session (the mediator, a party desk, an observer) working, and the sign-in page as fast as before.
 * {@code -Drepatria.crowd=N} changes the number of visits.
 */
class AnonymousCrowdTest {
    private static final int CROWD = Integer.getInteger("repatria.crowd", 55_000);
    private static final int WORKERS = 4;
    private static final int SAMPLE = 5_000;
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @Test
    void fiftyFiveThousandAnonymousVisitsLeaveEverySignedInSessionWorking() throws Exception {
        Map<Who, Client> signedIn = Map.of(Who.MEDIATOR_DESK, running.desk(Who.MEDIATOR_DESK),
                Who.A_DESK, running.desk(Who.A_DESK), Who.OBSERVER_DESK, running.desk(Who.OBSERVER_DESK));
        visits(3 * SAMPLE); // warm up the JIT and the server's threads
        double before = rate();
        long crowdNanos = visits(CROWD);
        double after = rate();
        System.out.printf("anonymous crowd: %,d GET /login in %.1f s (%.0f/s); /login %.0f requests/s before, %.0f after%n",
                CROWD, seconds(crowdNanos), CROWD / seconds(crowdNanos), before, after);
        signedIn.forEach((who, client) -> {
            HttpResponse<String> me = client.get("/api/v1/me");
            assertThat(me.statusCode()).as(who + " still signed in").isEqualTo(200);
            assertThat(Client.json(me).get("username").asString()).isEqualTo(who.username());
            assertThat(client.get("/desk").statusCode()).as(who + " reads the desk").isEqualTo(200);
            assertThat(client.post("/logout", "", "application/x-www-form-urlencoded").statusCode())
                    .as(who + "'s CSRF token still matches its session").isEqualTo(303);
        });
        assertThat(after).as("/login requests/s after the crowd, against %.0f before", before).isGreaterThan(before / 4);
    }

    /** GET /login requests per second: the better of two samples of {@link #SAMPLE}, against a shared machine's noise. */
    private double rate() throws Exception {
        return Math.max(SAMPLE / seconds(visits(SAMPLE)), SAMPLE / seconds(visits(SAMPLE)));
    }

    /** {@code n} anonymous GET /login, each a new visitor (no cookie), from {@link #WORKERS} threads; the time taken. */
    private long visits(int n) throws Exception {
        URI login = URI.create("http://localhost:" + running.port() + "/login");
        AtomicInteger left = new AtomicInteger(n);
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(WORKERS)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                done.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5)).build();
                    int ok = 0;
                    while (left.getAndDecrement() > 0) {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(login).GET().build(),
                                HttpResponse.BodyHandlers.discarding());
                        ok += r.statusCode() == 200 && r.headers().firstValue("Set-Cookie").isPresent() ? 1 : 0;
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> f : done) {
                ok += f.get();
            }
            assertThat(ok).as("visits answered with the form and a cookie").isEqualTo(n);
        }
        return System.nanoTime() - start;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
