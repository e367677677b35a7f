package org.repatria.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.repatria.core.account.AccountAction;
import org.repatria.server.auth.PasswordRules;
import org.repatria.server.auth.Passwords;
import org.repatria.store.Store;
import org.repatria.store.account.Actor;
import org.repatria.store.account.Standing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code repatria account disable|enable|reset-password} (docs/decisions/0182): beside a running server, a disabled
 * account's desk sessions and bearer tokens end at once (on their next request), and so do those of an account whose
 * password is reset. Each change is recorded with the operating-system user who ran the command.
 */
final class AccountStandingCommands {
    private AccountStandingCommands() {
    }

    /** {@code account disable}: the account cannot sign in; its sessions and tokens end. */
    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disables an account: it cannot sign in, and its desk sessions and tokens end at once.")
    static final class Disable extends Change {
        @Override
        String change(Store store, Standing s) {
            return store.standings().setDisabled(username, true, actor(), Clock.systemUTC().instant())
                    ? "Disabled %s (%s of %s); its sessions and tokens have ended.%n"
                    : "%s (%s of %s) was already disabled; nothing changed.%n";
        }
    }

    /** {@code account enable}: the account signs in again (its sessions from before stay ended). */
    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enables a disabled account again.")
    static final class Enable extends Change {
        @Override
        String change(Store store, Standing s) {
            return store.standings().setDisabled(username, false, actor(), Clock.systemUTC().instant())
                    ? "Enabled %s (%s of %s); it signs in again.%n"
                    : "%s (%s of %s) was not disabled; nothing changed.%n";
        }
    }

    /** {@code account reset-password}: a new password, read like {@code account add}'s, to be changed at next sign-in. */
    @Command(name = "reset-password", mixinStandardHelpOptions = true, description = "Sets a new password, asked for"
            + " like 'account add'; the account must change it at its next sign-in; its sessions and tokens end.")
    static final class ResetPassword extends Change {
        @Option(names = "--password-stdin", description = "Read the password from standard input (for scripts).")
        boolean passwordStdin;

        @Option(names = "--no-change-required", description = "The account keeps this password: it need not choose"
                + " its own at the next sign-in (for an account a script uses).")
        boolean keep;

        @Override
        String change(Store store, Standing s) {
            char[] password = read();
            try {
                PasswordRules.problem(password).ifPresent(p -> {
                    throw new IllegalArgumentException("the new password of " + username + ": " + p + "; nothing changed");
                });
                store.standings().setPassword(username, Passwords.hash(password), !keep, AccountAction.PASSWORD_RESET,
                        actor(), Clock.systemUTC().instant());
            } finally {
                Arrays.fill(password, '\0');
            }
            return keep ? "Reset the password of %s (%s of %s); its sessions and tokens have ended.%n"
                    : "Reset the password of %s (%s of %s); it must choose a new one at its next sign-in; its sessions"
                    + " and tokens have ended.%n";
        }

        private char[] read() {
            Console console = System.console();
            if (!passwordStdin && console != null) {
                char[] first = console.readPassword("New password for %s: ", username);
                char[] again = console.readPassword("Again: ");
                if (first == null || !Arrays.equals(first, again)) {
                    throw new IllegalArgumentException("the two passwords differ; nothing changed");
                }
                return first;
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new IllegalArgumentException("no password on standard input; nothing changed");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read the password from standard input", e);
            }
        }
    }

    /** What the three share: the account, found strictly, the database they change and the line that reports it. */
    abstract static class Change implements Callable<Integer> {
        @Option(names = "--username", required = true, description = "The account.")
        String username;

        @Mixin
        DatabaseAddress database = new DatabaseAddress(Path.of("data"));

        @Override
        public Integer call() {
            String done;
            Standing s;
            try (Store store = database.open()) {
                s = store.standings().of(username).orElseThrow(() -> new IllegalArgumentException("no account '"
                        + username + "'; nothing changed (see 'repatria account list')"));
                done = change(store, s);
            }
            System.out.printf(Locale.ROOT, done, username, s.account().role(), s.account().party());
            return 0;
        }

        /** Makes the change; the line that reports it (username, role, party). */
        abstract String change(Store store, Standing s);

        static Actor actor() {
            return Actor.commandLine(System.getProperty("user.name", ""));
        }
    }
}
