package org.repatria.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny run of the load driver, to keep it working: the demo started in a JVM of its own, every request of the
 * {@code all} mix (desk pages signed in, the 6,000-row list, API pages, signed submissions, log reads) served as
 * expected at 1 and 2 clients, and the table printed. The figures themselves are BENCHMARKS.md's, not this test's.
 */
class LoadDriverTest {
    @TempDir
    Path data;

    @Test
    void everyRequestOfTheMixIsServedAtEachStepAndTheTableIsPrinted() throws Exception {
        Options o = new Options(1, 0.5, List.of(1, 2), List.of("all"), "1g", Optional.empty(), "", 0);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<LoadDriver.Row> rows;
        try (DemoProcess demo = DemoProcess.start(data, o.heap());
             PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            rows = LoadDriver.run(demo.address(), demo::password, demo::cpuSeconds, o, out);
            assertThat(demo.cpuSeconds()).isPositive();
        }
        String table = printed.toString(StandardCharsets.UTF_8);
        assertThat(rows).extracting(LoadDriver.Row::clients).containsExactly(1, 2);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.failed()).as(table).isZero();
            assertThat(r.result().latencies()).as(table).allSatisfy((kind, ns) -> assertThat(ns).isNotEmpty());
            assertThat(r.serverCpuMsPerRequest()).isPositive();
        });
        assertThat(table).contains("| mix | clients | requests | requests/s | p50 ms | p99 ms |").contains("6,000 rows");
    }

    @Test
    void aRemoteAddressIsRefused() {
        assertThatThrownBy(() -> new Wire(URI.create("http://192.0.2.1:80")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback only");
    }
}
