package org.repatria.store.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.store.People;
import org.repatria.store.Store;

/** The figures' GROUP BY queries run on H2 in PostgreSQL mode too (the third engine the schema supports). */
class TalliesOnH2Test {
    @TempDir
    Path dir;

    @Test
    void theHandoversAreCountedOnH2AsOnTheOtherEngines() {
        try (Store store = Store.connect("jdbc:h2:file:" + dir.toAbsolutePath().resolve("h2") + ";MODE=PostgreSQL")) {
            TalliesTest.twoExchanges(store);

            assertThat(store.tallies().handedOver()).containsExactlyInAnyOrder(TalliesTest.line(1, People.UA, "fit", 1),
                    TalliesTest.line(1, People.UA, "seriously-wounded-or-sick", 1), TalliesTest.line(1, People.RU, "fit", 1),
                    TalliesTest.line(2, People.UA, "fit", 1));
            assertThat(store.tallies().remains()).isEmpty();
        }
    }
}
