package org.repatria.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code repatria} command line: one subcommand per capability. */
@Command(name = "repatria",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = "Humanitarian exchanges through a neutral mediator, on a verifiable log.",
        subcommands = {DemoCommand.class, ServeCommand.class, PartyCommand.class, AccountCommand.class, IdentifyCommand.class,
            MatchCommand.class,
            KeygenCommand.class,
            VerifyCommand.class,
            WitnessCommand.class,
            SubmitCommand.class,
            ValidateCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and the launcher). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::explain).execute(args);
    }

    /**
     * Bad input and unusable resources are explained in one line, without a stack trace; anything else is
     * a bug in Repatria and shows its trace so it can be reported.
     */
    private static int explain(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean expected = e instanceof IllegalArgumentException || e instanceof java.io.IOException
                || e instanceof java.io.UncheckedIOException || e instanceof org.repatria.store.StoreException;
        cl.getErr().println("repatria " + cl.getCommandName() + ": " + e.getMessage());
        if (!expected) {
            e.printStackTrace(cl.getErr());
        }
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
