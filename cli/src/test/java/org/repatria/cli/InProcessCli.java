package org.repatria.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs a command in-process and captures its exit code and output, for tests. */
final class InProcessCli {
    /** What a run printed and returned. */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private InProcessCli() {
    }

    /** Runs {@code repatria <args>}. */
    static Result run(String... args) {
        return run(new Main(), args);
    }

    /** Runs a command object (e.g. one built with a test clock). */
    static Result run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
