package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * The kill -9 tests' writers: threads send requests until the server is killed, a set time after the first write it
 * acknowledged (201); each acknowledged reply is handed to the test, which checks after a restart that it survived.
 */
final class KillDuringWrites {
    /** Sends write {@code n} of writer {@code writer}. */
    interface Write {
        HttpResponse<String> send(int writer, int n) throws Exception;
    }

    /** Takes a reply the server acknowledged (201). */
    interface Acknowledged {
        void accept(HttpResponse<String> reply) throws Exception;
    }

    private KillDuringWrites() {
    }

    /** When to kill, after the first acknowledged write: 300 to 1,500 ms, fixed by {@code seed} (printed by the test). */
    static long killAfterMillis(long seed) {
        return 300 + new SplittableRandom(seed).nextInt(1_200);
    }

    /** Runs {@code writers} writers against {@code server} and kills it {@code killAfterMillis} after the first 201. */
    static void run(ChildServer server, int writers, long killAfterMillis, Write write, Acknowledged acknowledged)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch first = new CountDownLatch(1);
        AtomicReference<String> refusal = new AtomicReference<>("none");
        List<Thread> threads = IntStream.range(0, writers).mapToObj(w -> Thread.ofPlatform().start(() -> {
            for (int n = 0; !stop.get(); n++) {
                try {
                    HttpResponse<String> r = write.send(w, n);
                    if (r.statusCode() == 201) {
                        acknowledged.accept(r);
                        first.countDown();
                    } else {
                        refusal.set(r.statusCode() + " " + r.body());
                    }
                } catch (Exception e) {
                    return; // the server is gone: this write was never acknowledged
                }
            }
        })).toList();
        assertThat(first.await(60, TimeUnit.SECONDS)).as("a first acknowledged write (last refusal: %s)", refusal).isTrue();
        Thread.sleep(killAfterMillis);
        server.kill();
        stop.set(true);
        for (Thread t : threads) {
            t.join(30_000);
        }
    }
}
