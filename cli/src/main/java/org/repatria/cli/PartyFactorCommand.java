package org.repatria.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.repatria.core.party.PartyId;
import org.repatria.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code repatria party require-factor --id P [--off]}: whether the party requires the second factor (TOTP) of its
 * accounts (docs/decisions/0183); an account without one sets it up at its next sign-in before anything else.
 */
@Command(name = "require-factor", mixinStandardHelpOptions = true,
        description = "Requires (or with --off stops requiring) a second factor (TOTP) of the party's accounts.")
final class PartyFactorCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--id", required = true, description = "The party, e.g. ua.")
    String id;

    @Option(names = "--off", description = "Stop requiring it.")
    boolean off;

    @Mixin
    DatabaseAddress database = new DatabaseAddress(Path.of("data"));

    @Override
    public Integer call() {
        PartyId party = PartyId.of(id);
        try (Store store = database.open()) {
            if (store.parties().find(party).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no party '" + id + "': add it first with 'repatria party add'");
            }
            store.secondFactors().require(party, !off);
        }
        System.out.printf(Locale.ROOT, off ? "Party %s no longer requires a second factor.%n"
                : "Party %s requires a second factor: its accounts without one set it up at their next sign-in.%n", party);
        return 0;
    }
}
