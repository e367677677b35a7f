package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.account.AccountAction;
import org.repatria.server.auth.Passwords;
import org.repatria.store.Store;
import org.repatria.store.account.AccountChange;
import org.repatria.store.account.Standing;

/** {@code repatria account disable|enable|reset-password} (docs/decisions/0182): exit codes, messages, what is stored. */
class AccountStandingCommandTest {
    private static final String TOKEN = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    @TempDir
    Path data;
    private InputStream savedIn;
    private PrintStream savedOut;
    private PrintStream savedErr;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void aPartyItsDeskAndATokenOfIt() {
        savedIn = System.in;
        savedOut = System.out;
        savedErr = System.err;
        assertThat(Main.run("party", "add", "--id", "ua", "--name", "Координаційний штаб", "--kind", "belligerent",
                "--data", data.toString())).isZero();
        stdin("correct horse battery");
        assertThat(Main.run("account", "add", "--username", "ua.desk", "--party", "ua", "--role", "party_desk",
                "--password-stdin", "--data", data.toString())).isZero();
        try (Store store = Store.embedded(data)) {
            store.accounts().addToken(TOKEN, "ua.desk", Instant.now().plusSeconds(3600));
        }
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setIn(savedIn);
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private void stdin(String line) {
        System.setIn(new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    private Standing standing() {
        try (Store store = Store.embedded(data)) {
            return store.standings().of("ua.desk").orElseThrow();
        }
    }

    private boolean tokenWorks() {
        try (Store store = Store.embedded(data)) {
            return store.accounts().findByToken(TOKEN, Instant.now()).isPresent();
        }
    }

    @Test
    void disableExitsZeroNamesTheAccountAndEndsItsToken() {
        assertThat(Main.run("account", "disable", "--username", "ua.desk", "--data", data.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Disabled ua.desk (PARTY_DESK of ua)");
        assertThat(standing().disabled()).isTrue();
        assertThat(tokenWorks()).isFalse();
    }

    @Test
    void enableAfterDisableMakesTheAccountActiveAndBothAreRecordedWithTheOperatingSystemUser() {
        Main.run("account", "disable", "--username", "ua.desk", "--data", data.toString());

        assertThat(Main.run("account", "enable", "--username", "ua.desk", "--data", data.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Enabled ua.desk");
        assertThat(standing().active()).isTrue();
        try (Store store = Store.embedded(data)) {
            assertThat(store.accountChanges().of("ua.desk", 10)).extracting(AccountChange::action)
                    .containsExactly(AccountAction.ENABLED, AccountAction.DISABLED);
            assertThat(store.accountChanges().of("ua.desk", 10)).allSatisfy(c -> {
                assertThat(c.actor().party()).isEmpty();
                assertThat(c.actor().name()).isEqualTo(System.getProperty("user.name"));
            });
        }
    }

    @Test
    void disablingADisabledAccountSaysSoAndRecordsNothingMore() {
        Main.run("account", "disable", "--username", "ua.desk", "--data", data.toString());

        assertThat(Main.run("account", "disable", "--username", "ua.desk", "--data", data.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ua.desk (PARTY_DESK of ua) was already disabled");
        try (Store store = Store.embedded(data)) {
            assertThat(store.accountChanges().of("ua.desk", 10)).hasSize(1);
        }
    }

    @Test
    void resetPasswordReadsStandardInputMakesTheChangeDueAndEndsTheToken() {
        stdin("a new passphrase");

        assertThat(Main.run("account", "reset-password", "--username", "ua.desk", "--password-stdin",
                "--data", data.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Reset the password of ua.desk")
                .contains("must choose a new one at its next sign-in");
        assertThat(standing().passwordChangeDue()).isTrue();
        assertThat(tokenWorks()).isFalse();
        try (Store store = Store.embedded(data)) {
            assertThat(Passwords.verify("a new passphrase".toCharArray(), store.accounts().passwordHash("ua.desk").orElseThrow()))
                    .isTrue();
        }
    }

    @Test
    void resetPasswordWithNoChangeRequiredLeavesTheAccountActive() {
        stdin("a new passphrase");

        assertThat(Main.run("account", "reset-password", "--username", "ua.desk", "--password-stdin",
                "--no-change-required", "--data", data.toString())).isZero();

        assertThat(standing().active()).isTrue();
    }

    @Test
    void aShortNewPasswordExitsOneNamingTheLimitAndChangesNothing() {
        stdin("short");

        assertThat(Main.run("account", "reset-password", "--username", "ua.desk", "--password-stdin",
                "--data", data.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ua.desk").contains("at least 8");
        assertThat(standing().epoch()).isZero();
        assertThat(tokenWorks()).isTrue();
    }

    @Test
    void anUnknownAccountExitsOneNamingItAndChangesNothing() {
        assertThat(Main.run("account", "disable", "--username", "nobody", "--data", data.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no account 'nobody'");
        assertThat(standing().epoch()).isZero();
    }

    @Test
    void signInsPrintsTheRecordedAttemptsAsCsvNewestFirst() {
        try (Store store = Store.embedded(data)) {
            var desk = store.accounts().find("ua.desk").orElseThrow();
            Instant at = Instant.parse("2026-12-07T10:00:00Z");
            store.signIns().record(org.repatria.store.account.SignIn.of(desk, at, "192.0.2.7",
                    org.repatria.core.account.SignInOutcome.WRONG_PASSWORD));
            store.signIns().record(org.repatria.store.account.SignIn.unknown(at.plusSeconds(1), "192.0.2.8"));
        }

        assertThat(Main.run("account", "sign-ins", "--data", data.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("at,username,party,address,outcome\n"
                + "2026-12-07T10:00:01Z,,,192.0.2.8,no_such_account\n"
                + "2026-12-07T10:00:00Z,ua.desk,ua,192.0.2.7,wrong_password\n");
    }

    @Test
    void signInsRefusesALimitOutsideItsBoundsExitingOne() {
        assertThat(Main.run("account", "sign-ins", "--limit", "100000", "--data", data.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--limit is 1 to 500");
    }

    @Test
    void aGrantFromTheCommandLineIsRecordedAsAChangeByTheOperatingSystemUser() {
        assertThat(Main.run("account", "grant", "--username", "ua.desk", "--permission", "supervisor",
                "--data", data.toString())).isZero();

        try (Store store = Store.embedded(data)) {
            assertThat(store.accountChanges().of("ua.desk", 10)).singleElement().satisfies(c -> {
                assertThat(c.action()).isEqualTo(AccountAction.SUPERVISOR_GRANTED);
                assertThat(c.actor().name()).isEqualTo(System.getProperty("user.name"));
            });
        }
    }

    @Test
    void aMissingUsernameIsAUsageErrorExitingTwo() {
        assertThat(Main.run("account", "enable", "--data", data.toString())).isEqualTo(2);
    }
}
