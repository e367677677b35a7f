package org.repatria.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.repatria.core.account.Permission;
import org.repatria.demo.DemoAccount;
import org.repatria.demo.Scenario;
import org.repatria.server.DemoScenario;
import org.repatria.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code repatria demo}: the server on a database seeded with the synthetic Istanbul scenario. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Starts the server with the demo scenario (seeded on first start) and prints the demo accounts.")
final class DemoCommand implements Callable<Integer> {
    // The demo's passwords are printed and the same everywhere: by default only this machine may reach it.
    @Mixin
    ListenAddress address = new ListenAddress("127.0.0.1");

    @Mixin
    DatabaseAddress database = new DatabaseAddress(Path.of("data", "demo"));

    @Override
    public Integer call() {
        Store store = database.open();
        Scenario scenario = ForegroundServer.orClose(store, () -> DemoScenario.seedIfEmpty(store, System.err));
        if (!ForegroundServer.demoAccountsExposed(store, address.host).isEmpty()) {
            System.err.println("Warning: listening on " + address.host + ", beyond this machine, with the demo accounts, whose"
                    + " passwords every demo prints: anybody who reaches this address may sign in.");
        }
        return ForegroundServer.serveUntilStopped(store, address, false, System.out, () -> {
            System.out.println("Database: " + database.describe(store));
            System.out.println("Demo accounts (synthetic data; never use these passwords for real work):");
            for (DemoAccount a : scenario.accounts()) {
                System.out.println(line(a));
            }
        });
    }

    /** How the demo prints an account (the README's quick start shows these lines). */
    static String line(DemoAccount a) {
        String granted = a.permissions().stream().map(Permission::token).sorted().collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "  %-16s %-20s %-4s %s", a.account().username(), a.password(), a.account().party(),
                a.account().role()) + (granted.isEmpty() ? "" : " + " + granted);
    }
}
