package org.repatria.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.repatria.core.party.PartyId;
import org.repatria.store.Store;
import org.repatria.store.account.SignIn;
import org.repatria.store.account.SignIns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code repatria account sign-ins [--username U] [--limit N]}: the newest recorded sign-in attempts as CSV, the
 * operator's view of the record (docs/decisions/0182), attempts under names no account has included (without the name).
 */
@Command(name = "sign-ins", mixinStandardHelpOptions = true, description = "Prints the newest sign-in attempts as CSV:"
        + " at,username,party,address,outcome (username and party empty for a name no account has).")
final class AccountSignInsCommand implements Callable<Integer> {
    @Option(names = "--username", description = "Only this account's attempts.")
    String username;

    @Option(names = "--limit", description = "At most this many, newest first (1-" + SignIns.MAX_PAGE + ", default 100).")
    int limit = 100;

    @Mixin
    DatabaseAddress database = new DatabaseAddress(Path.of("data"));

    @Override
    public Integer call() {
        if (limit < 1 || limit > SignIns.MAX_PAGE) {
            throw new IllegalArgumentException("--limit is 1 to " + SignIns.MAX_PAGE + ", not " + limit);
        }
        List<SignIn> attempts;
        try (Store store = database.open()) {
            attempts = username == null ? store.signIns().all(limit) : store.signIns().of(username, limit);
        }
        System.out.println("at,username,party,address,outcome");
        attempts.forEach(s -> System.out.printf(Locale.ROOT, "%s,%s,%s,%s,%s%n", s.at(), s.username().orElse(""),
                s.party().map(PartyId::value).orElse(""), s.address(), s.outcome().name().toLowerCase(Locale.ROOT)));
        return 0;
    }
}
