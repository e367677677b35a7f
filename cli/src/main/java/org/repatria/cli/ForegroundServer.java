package org.repatria.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.server.DemoScenario;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.store.Store;

/** Runs the server on an open store until the process is told to stop (Ctrl-C, SIGTERM). */
final class ForegroundServer {
    private ForegroundServer() {
    }

    /** Starts the server on {@code store} at {@code address}, prints where and the banner, and waits for the stop. */
    static int serveUntilStopped(Store store, ListenAddress address, boolean secureCookies, PrintStream out,
                                 Runnable banner) {
        String host = address.host;
        Server server = orClose(store, () -> Server.start(ServerConfig.of(store).withHost(host).withPort(address.port)
                .withSecureCookies(secureCookies)));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
            stopped.countDown();
        }, "repatria-shutdown"));
        // Tests and scripts wait for this exact line to learn the address.
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        out.println("Repatria is serving at http://" + shown + ":" + server.port() + "/");
        out.println("Submissions' Ed25519 signatures are checked by " + NoteVerifier.library() + ".");
        banner.run();
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * The accounts with the demo's public passwords that a server on {@code host} would expose beyond this machine:
     * none when it listens on a loopback address (docs/decisions/0130).
     */
    static List<String> demoAccountsExposed(Store store, String host) {
        return loopback(host) ? List.of() : DemoScenario.withPublicPasswords(store);
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Runs a start-up step; if it fails (e.g. another server holds the database's log) the store is closed before the
     * failure goes on to be reported, so the command ends holding nothing.
     */
    static <T> T orClose(Store store, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
