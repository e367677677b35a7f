package org.repatria.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code repatria party add|list|require-factor}: the parties to the talks, set up before anyone signs in. */
@Command(name = "party", mixinStandardHelpOptions = true, description = "Adds or lists the parties to the talks.",
        subcommands = {PartyCommand.Add.class, PartyCommand.ListAll.class, PartyFactorCommand.class})
final class PartyCommand {

    /** {@code party add}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a party.")
    static final class Add implements Callable<Integer> {
        @Option(names = "--id", required = true, description = "Short id, e.g. ua, ru, icrc.")
        String id;

        @Option(names = "--name", required = true, description = "The party's name in its own language.")
        String name;

        @Option(names = "--kind", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
        PartyKind kind;

        @Mixin
        DatabaseAddress database = new DatabaseAddress(Path.of("data"));

        @Override
        public Integer call() {
            try (Store store = database.open()) {
                store.parties().add(new Party(PartyId.of(id), name, kind));
            }
            System.out.printf(Locale.ROOT, "Added party %s (%s).%n", PartyId.of(id), kind);
            return 0;
        }
    }

    /** {@code party list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the parties.")
    static final class ListAll implements Callable<Integer> {
        @Mixin
        DatabaseAddress database = new DatabaseAddress(Path.of("data"));

        @Override
        public Integer call() {
            try (Store store = database.open()) {
                store.parties().all().forEach(p -> System.out.printf(Locale.ROOT, "%-8s %-12s %s%n", p.id(), p.kind(), p.name()));
            }
            return 0;
        }
    }
}
