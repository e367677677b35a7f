package org.repatria.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import org.repatria.core.list.ListHeader;
import org.repatria.core.list.PersonList;
import org.repatria.store.internal.engine.H2;
import org.repatria.store.internal.engine.Sqlite;
import org.sqlite.SQLiteConfig;

/**
 * The child process of {@link CrashTest}: opens a store and stores lists in a loop, printing
 * {@code ack N} after each {@code Lists.add} returns, until it is killed.
 * Arguments: engine ({@code embedded}, {@code sqlite-normal}, {@code h2}, {@code h2-nodelay} or {@code url}; {@code url}
 * reads the JDBC URL from the environment so no password shows in the process list), data
 * directory, and the number of the first list to write.
 */
final class CrashWriter {
    static final String URL_VARIABLE = "REPATRIA_CRASH_URL";
    /** List n is created at this second plus n. */
    private static final long EPOCH = 1_748_858_400L;

    private CrashWriter() {
    }

    public static void main(String[] args) {
        long first = Long.parseLong(args[2]);
        try (Store store = open(args[0], Path.of(args[1]))) {
            for (long n = first; ; n++) {
                store.lists().add(list(n));
                System.out.println("ack " + n);
                System.out.flush();
            }
        }
    }

    static Store open(String engine, Path dir) {
        return switch (engine) {
            case "embedded" -> Store.embedded(dir);
            case "sqlite-normal" -> Store.open(new Sqlite(Sqlite.under(dir).url(), SQLiteConfig.SynchronousMode.NORMAL));
            case "h2" -> Store.open(H2.under(dir));
            case "h2-nodelay" -> Store.open(new H2(H2.under(dir).url() + ";WRITE_DELAY=0"));
            case "url" -> Store.connect(System.getenv(URL_VARIABLE));
            default -> throw new IllegalArgumentException("unknown engine " + engine);
        };
    }

    /** List number {@code n}: always the same, 1 to 2,000 rows. */
    static PersonList list(long n) {
        int rows = 1 + new Random(n).nextInt(2_000);
        return SyntheticLists.generate(n, People.UA, Instant.ofEpochSecond(EPOCH + n), rows);
    }

    /** The number of the list with this header, read back from its creation time. */
    static long number(ListHeader header) {
        return header.created().getEpochSecond() - EPOCH;
    }
}
