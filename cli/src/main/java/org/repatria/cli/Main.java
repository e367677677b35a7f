package org.repatria.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code repatria} command line: one subcommand per capability. */
@Command(name = "repatria",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Humanitarian exchanges through a neutral mediator, on a verifiable log.",
        subcommands = {DemoCommand.class, ServeCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and the launcher). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
