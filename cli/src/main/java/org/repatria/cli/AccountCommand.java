package org.repatria.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.repatria.core.account.Account;
import org.repatria.core.account.Permission;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.server.Seeding;
import org.repatria.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code repatria account add|list|grant|revoke}: logins for the desks, each bound to one party and one role, and the
 * permissions a party grants them (children: works children's cases; supervisor: docs/decisions/0147); and
 * {@code disable|enable|reset-password} ({@link AccountStandingCommands}, docs/decisions/0182).
 */
@Command(name = "account", mixinStandardHelpOptions = true, description = "Adds or lists accounts; grants or revokes"
        + " permissions; disables, enables or resets the password of an account.",
        subcommands = {AccountCommand.Add.class, AccountCommand.ListAll.class, AccountCommand.Grant.class,
            AccountCommand.Revoke.class, AccountStandingCommands.Disable.class, AccountStandingCommands.Enable.class,
            AccountStandingCommands.ResetPassword.class, AccountFactorCommand.class, AccountSignInsCommand.class})
final class AccountCommand {

    /** {@code account add}: the password is read from the terminal, or from standard input with --password-stdin. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an account; asks for its password.")
    static final class Add implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--username", required = true, description = "Lower-case login name, e.g. ua.desk.")
        String username;

        @Option(names = "--name", description = "The person's name as shown in the desk.")
        String displayName = "";

        @Option(names = "--party", required = true, description = "The party the account works for.")
        String party;

        @Option(names = "--role", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
        Role role;

        @Option(names = "--password-stdin", description = "Read the password from standard input (for scripts).")
        boolean passwordStdin;

        @Mixin
        DatabaseAddress database = new DatabaseAddress(Path.of("data"));

        @Override
        public Integer call() throws IOException {
            Account account = new Account(username, displayName, PartyId.of(party), role);
            char[] password = readPassword();
            try (Store store = database.open()) {
                var found = store.parties().find(account.party()).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "no party '" + party + "': add it first with 'repatria party add'"));
                if (found.kind() != role.partyKind()) {
                    throw new ParameterException(spec.commandLine(), "role " + role + " belongs to a " + role.partyKind()
                            + " party, but " + found.id() + " is a " + found.kind());
                }
                Seeding.addAccount(store, account, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            System.out.printf(Locale.ROOT, "Added %s (%s of %s).%n", username, role, account.party());
            return 0;
        }

        private char[] readPassword() throws IOException {
            Console console = System.console();
            if (!passwordStdin && console != null) {
                char[] first = console.readPassword("Password for %s: ", username);
                char[] again = console.readPassword("Again: ");
                if (first == null || !java.util.Arrays.equals(first, again)) {
                    throw new ParameterException(spec.commandLine(), "the two passwords differ; nothing was added");
                }
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no password on standard input; nothing was added");
            }
            return line.toCharArray();
        }
    }

    /** {@code account list}: usernames, parties and roles; never a hash. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts.")
    static final class ListAll implements Callable<Integer> {
        @Mixin
        DatabaseAddress database = new DatabaseAddress(Path.of("data"));

        @Override
        public Integer call() {
            try (Store store = database.open()) {
                store.accounts().all().forEach(a -> System.out.printf(Locale.ROOT, "%-20s %-6s %-15s %s%n",
                        a.username(), a.party(), a.role(), a.displayName()));
            }
            return 0;
        }
    }

    /** {@code account grant}: a permission (children, supervisor) for an account; granting it twice is harmless. */
    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = "Grants a permission: children (works children's cases) or supervisor (grants, reads the record of reads).")
    static final class Grant extends PermissionChange {
        @Override
        String change(Store store, Permission p) {
            Account a = store.accounts().find(username).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no account '" + username + "': add it first with 'repatria account add'"));
            if (p == Permission.CHILDREN && a.role() != Role.PARTY_DESK) {
                throw new ParameterException(spec.commandLine(), "only a party desk's account works children's cases; "
                        + username + " is " + a.role());
            }
            store.permissions().grant(username, p, change(a, org.repatria.core.account.AccountAction.ofPermission(p, true)));
            return "Granted %s to %s.%n";
        }
    }

    /** {@code account revoke}: takes a permission back; revoking one not held is harmless. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a permission (children or supervisor).")
    static final class Revoke extends PermissionChange {
        @Override
        String change(Store store, Permission p) {
            // An unknown account holds no permission (the table refers to accounts, which are never deleted).
            store.accounts().find(username).ifPresent(a -> store.permissions().revoke(username, p,
                    change(a, org.repatria.core.account.AccountAction.ofPermission(p, false))));
            return "Revoked %s from %s.%n";
        }
    }

    /** What grant and revoke share: the account and the permission, read strictly, and the database they change. */
    abstract static class PermissionChange implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--username", required = true, description = "The account.")
        String username;

        @Option(names = "--permission", required = true, description = "children or supervisor.")
        String permission;

        @Mixin
        DatabaseAddress database = new DatabaseAddress(Path.of("data"));

        @Override
        public Integer call() {
            Permission p = permission(spec, permission);
            String done;
            try (Store store = database.open()) {
                done = change(store, p);
            }
            System.out.printf(Locale.ROOT, done, p.token(), username);
            return 0;
        }

        /** Grants or revokes {@code p} for the account in {@code store}; the line that reports it (token, username). */
        abstract String change(Store store, Permission p);

        /** The record of a grant or revocation by the command line, stored with it in one transaction (0182). */
        static org.repatria.store.account.AccountChange change(Account a, org.repatria.core.account.AccountAction action) {
            return new org.repatria.store.account.AccountChange(java.time.Instant.now(), AccountStandingCommands.Change.actor(),
                    a.username(), a.party(), action);
        }
    }

    private static Permission permission(picocli.CommandLine.Model.CommandSpec spec, String raw) {
        return Permission.ofToken(raw).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--permission is children or supervisor, not '" + raw + "'"));
    }
}
