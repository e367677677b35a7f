package org.repatria.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.repatria.core.person.Category;
import org.repatria.lists.ImportOptions;
import org.repatria.lists.ImportResult;
import org.repatria.lists.ListImport;
import org.repatria.lists.check.Problem;
import org.repatria.lists.export.CsvExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code repatria validate FILE}: checks a person list and prints one {@code row,column,message} line per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a person list (CSV or XLSX) without importing it.",
            "Exit 0 when the list is valid (warnings may still be printed), 1 when it has errors, 2 when FILE cannot be read.",
            "Standard output: one line per problem, row,column,message (CSV-quoted as needed). Row 1 is the first row of the "
                + "file (normally the header); row 0 is the file as a whole. Warnings start with \"warning: \"."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The list: .csv (UTF-8 or Windows-1251) or .xlsx.")
    Path file;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Read a CSV in this character set (e.g. UTF-8, windows-1251) instead of detecting it.")
    String encoding;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the messages: en, uk or ru (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--category", paramLabel = "CATEGORY",
            description = "Category for rows that give none: ${COMPLETION-CANDIDATES}.")
    Category category;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date the list speaks for; ages are checked on it (default: today).")
    LocalDate date;

    @Option(names = "--no-warnings", description = "Print errors only.")
    boolean noWarnings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    ValidateCommand() {
        this(Clock.systemDefaultZone());
    }

    ValidateCommand(Clock clock) {
        this.clock = clock;
    }

    /** POI logs the parser errors of a broken workbook, with stack traces; here the problem line says it all. */
    private static final String POI_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.apache.poi";

    @Override
    public Integer call() {
        if (System.getProperty(POI_LOG_LEVEL) == null) {
            System.setProperty(POI_LOG_LEVEL, "off");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = switch (lang.toLowerCase(Locale.ROOT)) {
            case "en", "uk", "ru" -> Locale.forLanguageTag(lang.toLowerCase(Locale.ROOT));
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be en, uk or ru, not '" + lang + "'");
        };
        ImportOptions options = ImportOptions.on(date != null ? date : LocalDate.now(clock));
        if (encoding != null) {
            options = options.withEncoding(charset(encoding));
        }
        if (category != null) {
            options = options.withCategory(category);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            err.println("repatria validate: cannot read " + file + ": " + Optional.ofNullable(e.getMessage()).orElse(e.toString()));
            return 2;
        }
        ImportResult result = ListImport.read(bytes, options);
        for (Problem problem : result.problems()) {
            if (problem.isError() || !noWarnings) {
                String message = (problem.isError() ? "" : "warning: ") + problem.message(locale);
                out.println(problem.row() + "," + CsvExport.field(problem.column()) + "," + CsvExport.field(message));
            }
        }
        out.flush();
        return result instanceof ImportResult.Accepted ? 0 : 1;
    }

    private Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--encoding: no character set named '" + name + "'; try UTF-8 or windows-1251");
        }
    }
}
