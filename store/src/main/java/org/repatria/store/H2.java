package org.repatria.store;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Path;
import java.util.Map;

/** H2 2.x in PostgreSQL mode; kept for comparison and for callers that pass a {@code jdbc:h2:} URL. */
record H2(String url) implements Engine {

    static H2 under(Path dataDir) {
        return new H2("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("repatria") + ";MODE=PostgreSQL");
    }

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public HikariConfig pool() {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setPoolName("repatria-h2");
        pool.setMaximumPoolSize(4);
        return pool;
    }

    @Override
    public Map<String, String> placeholders() {
        return Map.of("binary", "", "bytes", "VARBINARY");
    }
}
