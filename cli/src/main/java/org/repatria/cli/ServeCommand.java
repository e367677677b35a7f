package org.repatria.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.repatria.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code repatria serve}: the server on the embedded database or PostgreSQL. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the server: the JSON API, the log and the web desk.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ListenAddress address = new ListenAddress("0.0.0.0");

    @Option(names = "--secure-cookies", description = "Mark desk cookies Secure (set when served over HTTPS).")
    boolean secureCookies;

    @Mixin
    DatabaseAddress database = new DatabaseAddress(Path.of("data"));

    @Override
    public Integer call() {
        Store store = database.open();
        List<String> exposed = ForegroundServer.demoAccountsExposed(store, address.host);
        if (!exposed.isEmpty()) {
            store.close();
            throw new IllegalArgumentException("this database holds demo accounts whose passwords every demo prints ("
                    + String.join(", ", exposed) + "); serve it on this machine only (--host 127.0.0.1), and start a real"
                    + " deployment from a database of its own (repatria party add, repatria account add)");
        }
        return ForegroundServer.serveUntilStopped(store, address, secureCookies, System.out,
                () -> System.out.println("Database: " + database.describe(store)));
    }
}
