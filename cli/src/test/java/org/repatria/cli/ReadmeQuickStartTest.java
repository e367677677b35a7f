package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.repatria.demo.DemoAccount;
import org.repatria.demo.Scenario;
import org.repatria.server.DemoScenario;

/** The README's quick start shows what {@code ./repatria demo} prints by default (issue 12: they disagreed). */
class ReadmeQuickStartTest {
    private static final Path README = Path.of("").toAbsolutePath().getParent().resolve("README.md");

    @Test
    void readmeShowsTheAddressTheDemoServesAtByDefault() throws IOException {
        DemoCommand demo = new DemoCommand();

        assertThat(readme()).contains("Repatria is serving at http://" + demo.address.host + ":" + demo.address.port + "/")
                .contains("Open http://" + demo.address.host + ":" + demo.address.port + "/");
    }

    @Test
    void readmeShowsTheDemoAccountsAsTheDemoPrintsThem() throws IOException {
        String readme = readme();

        for (DemoAccount a : Scenario.accounts(DemoScenario.SEED)) {
            assertThat(readme).contains(DemoCommand.line(a) + "\n");
        }
    }

    private static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }
}
