package org.repatria.cli;

import java.nio.file.Path;
import org.repatria.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} and {@code --data} options shared by the commands that open the store. */
final class DatabaseAddress {
    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "A PostgreSQL database (jdbc:postgresql://host:5432/db?user=…&password=…); default: embedded.")
    String url = "";

    @Option(names = "--data", paramLabel = "DIR", description = "Where the embedded database lives, and the record of reads under any database (default: ${DEFAULT-VALUE}).")
    Path data;

    DatabaseAddress(Path defaultData) {
        this.data = defaultData;
    }

    Store open() {
        return url.isBlank() ? Store.embedded(data) : Store.connect(url, data.resolve(Store.READS));
    }

    /** Where the data is, for people: never prints a password from the URL. */
    String describe(Store store) {
        return url.isBlank() ? store.engine() + " under " + data.toAbsolutePath().normalize()
                : store.engine() + " at " + url.replaceAll("password=[^&]*", "password=…");
    }
}
