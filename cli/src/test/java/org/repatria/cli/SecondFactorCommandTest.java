package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.party.PartyId;
import org.repatria.store.Store;

/** A deployment requires the second factor of a party and resets a lost one from the command line (0183). */
class SecondFactorCommandTest {
    @TempDir
    Path data;
    private InputStream savedIn;

    @BeforeEach
    void aPartyAndItsDesk() {
        savedIn = System.in;
        assertThat(Main.run("party", "add", "--id", "ua", "--name", "Координаційний штаб", "--kind", "belligerent",
                "--data", data.toString())).isZero();
        System.setIn(new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Main.run("account", "add", "--username", "ua.desk", "--party", "ua", "--role", "party_desk",
                "--password-stdin", "--data", data.toString())).isZero();
    }

    @AfterEach
    void restore() {
        System.setIn(savedIn);
    }

    @Test
    void aPartyRequiresTheFactorAndStopsRequiringIt() {
        assertThat(Main.run("party", "require-factor", "--id", "ua", "--data", data.toString())).isZero();
        try (Store store = Store.embedded(data)) {
            assertThat(store.secondFactors().required(PartyId.of("ua"))).isTrue();
        }
        assertThat(Main.run("party", "require-factor", "--id", "ua", "--off", "--data", data.toString())).isZero();
        try (Store store = Store.embedded(data)) {
            assertThat(store.secondFactors().required(PartyId.of("ua"))).isFalse();
        }
    }

    @Test
    void anUnknownPartyIsRefused() {
        assertThat(Main.run("party", "require-factor", "--id", "xx", "--data", data.toString())).isNotZero();
    }

    @Test
    void aLostFactorIsReset() {
        try (Store store = Store.embedded(data)) {
            store.secondFactors().begin("ua.desk", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Instant.EPOCH);
            store.secondFactors().confirm("ua.desk", 1);
        }
        assertThat(Main.run("account", "reset-factor", "--username", "ua.desk", "--data", data.toString())).isZero();
        try (Store store = Store.embedded(data)) {
            assertThat(store.secondFactors().find("ua.desk")).isEmpty();
        }
    }

    @Test
    void anUnknownAccountIsRefused() {
        assertThat(Main.run("account", "reset-factor", "--username", "nobody", "--data", data.toString())).isNotZero();
    }
}
