package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.store.Store;

/**
 * Real server processes on one database: a second one exits non-zero saying why and writes nothing, while party
 * administration keeps working; once the first is killed with SIGKILL the log is free and a new server starts.
 */
class OneServerPerDatabaseTest {
    private static final String REFUSED = "another Repatria server holds the log of this database (";
    private static final String WHAT_TO_DO = "); stop it first or point this one at another database";

    @RegisterExtension
    final CrashFixture crash = new CrashFixture();

    @EveryEngine
    void aSecondServerIsRefusedUntilTheFirstIsKilled(String engine) throws Exception {
        String db = crash.on(engine).db();
        Path data = crash.data();
        List<String> serve = ChildServer.onDatabase(List.of("serve", "--host", "127.0.0.1", "--port", "0"), data, db);

        try (ChildServer first = ChildServer.start(crash.file("first.log"), serve)) {
            ChildServer.Exited demo = ChildServer.run(ChildServer.onDatabase(List.of("demo", "--port", "0"), data, db));

            assertThat(demo.code()).as("exit code of a second server").isNotZero();
            assertThat(demo.err()).as("%s", demo).contains("repatria demo: " + REFUSED).contains(WHAT_TO_DO)
                    .doesNotContain("\tat ");
            assertThat(demo.out()).doesNotContain("Repatria is serving");
            try (Store store = open(data, db)) {
                assertThat(store.parties().all()).as("parties the refused demo seeded").isEmpty();
            }
            assertThat(Main.run(ChildServer.onDatabase(List.of("party", "add", "--id", "tr", "--name", "Türkiye",
                    "--kind", "mediator"), data, db).toArray(String[]::new))).as("party add beside a running server").isZero();
            first.kill();
        }

        try (ChildServer next = ChildServer.start(crash.file("next.log"), serve)) {
            HttpResponse<String> checkpoint = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(next.base() + "log/checkpoint")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(checkpoint.statusCode()).isEqualTo(200);
            assertThat(checkpoint.body()).startsWith("repatria/log\n0\n");
        }
    }

    private static Store open(Path data, String db) {
        return db.isEmpty() ? Store.embedded(data) : Store.connect(db);
    }
}
