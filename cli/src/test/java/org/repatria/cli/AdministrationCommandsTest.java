package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.account.Role;
import org.repatria.demo.DemoAccount;
import org.repatria.demo.Scenario;
import org.repatria.server.DemoScenario;
import org.repatria.server.Seeding;
import org.repatria.server.auth.Passwords;
import org.repatria.store.Store;

/** Setting up a real deployment from the command line: parties first, then accounts with hashed passwords. */
class AdministrationCommandsTest {
    @TempDir
    Path data;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;
    private InputStream savedIn;

    @BeforeEach
    void capture() {
        savedErr = System.err;
        savedIn = System.in;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
        System.setIn(savedIn);
    }

    @Test
    void anAccountAddedFromStandardInputCanSignInWithThatPassword() {
        assertThat(Main.run("party", "add", "--id", "ua", "--name", "Координаційний штаб", "--kind", "belligerent",
                "--data", data.toString())).isZero();
        System.setIn(new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));

        int code = Main.run("account", "add", "--username", "ua.desk", "--party", "ua", "--role", "party_desk",
                "--password-stdin", "--data", data.toString());

        assertThat(code).isZero();
        try (Store store = Store.embedded(data)) {
            assertThat(store.accounts().find("ua.desk")).get().extracting(a -> a.role()).isEqualTo(Role.PARTY_DESK);
            String hash = store.accounts().passwordHash("ua.desk").orElseThrow();
            assertThat(hash).startsWith("$argon2id$");
            assertThat(Passwords.verify("correct horse battery".toCharArray(), hash)).isTrue();
        }
    }

    @Test
    void anAccountForAnUnknownPartyIsRefusedAndNothingIsAdded() {
        System.setIn(new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));

        int code = Main.run("account", "add", "--username", "ru.desk", "--party", "ru", "--role", "party_desk",
                "--password-stdin", "--data", data.toString());

        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no party 'ru'").doesNotContain("\tat ");
        try (Store store = Store.embedded(data)) {
            assertThat(store.accounts().all()).isEmpty();
        }
    }

    @Test
    void aRoleThatDoesNotFitThePartyKindIsRefused() {
        Main.run("party", "add", "--id", "icrc", "--name", "ICRC", "--kind", "observer", "--data", data.toString());
        System.setIn(new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));

        int code = Main.run("account", "add", "--username", "icrc.desk", "--party", "icrc", "--role", "party_desk",
                "--password-stdin", "--data", data.toString());

        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("PARTY_DESK belongs to a BELLIGERENT party");
    }

    @Test
    @Timeout(60)
    void aDatabaseStillHoldingTheDemoPasswordsIsNotServedBeyondThisMachine() {
        try (Store store = Store.embedded(data)) {
            Scenario.generate(DemoScenario.SEED).parties().forEach(store.parties()::add);
            for (DemoAccount a : Scenario.accounts(DemoScenario.SEED)) {
                Seeding.addAccount(store, a.account(), a.password().toCharArray());
            }
        }

        int code = Main.run("serve", "--port", "0", "--host", "0.0.0.0", "--data", data.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ua.desk", "--host 127.0.0.1").doesNotContain("\tat ");
    }

    @Test
    void aMalformedUsernameIsExplainedWithoutAStackTrace() {
        Main.run("party", "add", "--id", "ua", "--name", "UA", "--kind", "belligerent", "--data", data.toString());
        System.setIn(new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));

        int code = Main.run("account", "add", "--username", "Bad Name!", "--party", "ua", "--role", "party_desk",
                "--password-stdin", "--data", data.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("username must be").doesNotContain("\tat ");
    }
}
