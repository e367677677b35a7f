package org.repatria.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.repatria.demo.DemoAccount;
import org.repatria.demo.Scenario;
import org.repatria.server.DemoScenario;
import org.repatria.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code repatria demo}: the server on a database seeded with the synthetic Istanbul scenario. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Starts the server with the demo scenario (seeded on first start) and prints the demo accounts.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    // The demo's passwords are printed and the same everywhere: by default only this machine may reach it.
    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Mixin
    Database database = new Database(Path.of("data", "demo"));

    @Override
    public Integer call() {
        Store store = database.open();
        Scenario scenario = Serving.orClose(store, () -> DemoScenario.seedIfEmpty(store, System.err));
        if (!Serving.demoAccountsExposed(store, host).isEmpty()) {
            System.err.println("Warning: listening on " + host + ", beyond this machine, with the demo accounts, whose"
                    + " passwords every demo prints: anybody who reaches this address may sign in.");
        }
        return Serving.serveUntilStopped(store, host, port, false, System.out, () -> {
            System.out.println("Database: " + database.describe(store));
            System.out.println("Demo accounts (synthetic data; never use these passwords for real work):");
            for (DemoAccount a : scenario.accounts()) {
                System.out.printf(Locale.ROOT, "  %-16s %-20s %-4s %s%n", a.account().username(), a.password(),
                        a.account().party(), a.account().role());
            }
        });
    }
}
