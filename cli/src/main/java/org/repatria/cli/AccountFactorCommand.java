package org.repatria.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.repatria.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code repatria account reset-factor --username U}: forgets an account's second factor when its phone is lost
 * (docs/decisions/0183); the account signs in with its password and, when its party requires a factor, sets up a new
 * one before anything else.
 */
@Command(name = "reset-factor", mixinStandardHelpOptions = true,
        description = "Resets an account's second factor (TOTP), e.g. when its phone is lost.")
final class AccountFactorCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--username", required = true, description = "The account.")
    String username;

    @Mixin
    DatabaseAddress database = new DatabaseAddress(Path.of("data"));

    @Override
    public Integer call() {
        boolean had;
        try (Store store = database.open()) {
            if (store.accounts().find(username).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no account '" + username
                        + "': see 'repatria account list'");
            }
            had = store.secondFactors().remove(username);
        }
        System.out.printf(Locale.ROOT, had ? "Reset the second factor of %s.%n" : "%s had no second factor; nothing to reset.%n",
                username);
        return 0;
    }
}
