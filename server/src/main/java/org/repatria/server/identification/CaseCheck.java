package org.repatria.server.identification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.KinshipException;
import org.repatria.kinship.csv.KinshipCsv;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.genetic.CaseFiles;

/**
 * Reads a case's CSV texts with kinship's own reader (so the unit gets the same file/row/field messages as
 * from {@code repatria identify}); a problem is a 400 naming the file, and nothing is stored.
 */
final class CaseCheck {
    static final int MAX_CHARS = 64 * 1024 * 1024;
    static final String FREQUENCIES = "frequencies";
    static final String PROFILES = "profiles";
    static final String REMAINS = "remains";
    static final String PEDIGREES = "pedigrees";
    static final String MUTATIONS = "mutations";

    private CaseCheck() {
    }

    /** The case's data, or a 400 whose field is the file at fault. */
    static KinshipData read(CaseFiles files) {
        require(FREQUENCIES, files.frequencies());
        require(PROFILES, files.profiles());
        require(REMAINS, files.remains());
        require(PEDIGREES, files.pedigrees());
        files.mutations().ifPresent(m -> require(MUTATIONS, m));
        Path dir = null;
        try {
            dir = Files.createTempDirectory("repatria-dna");
            var paths = new KinshipCsv.Files(write(dir, FREQUENCIES, files.frequencies()), write(dir, PROFILES, files.profiles()),
                    write(dir, REMAINS, files.remains()), write(dir, PEDIGREES, files.pedigrees()),
                    files.mutations().isPresent() ? Optional.of(write(dir, MUTATIONS, files.mutations().get())) : Optional.empty());
            return KinshipCsv.read(paths, OptionalDouble.empty());
        } catch (KinshipException e) {
            String file = fileOf(e.getMessage());
            throw new HttpProblem(400, "invalid", e.getMessage(), Optional.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the case's files to a temporary directory", e);
        } finally {
            delete(dir);
        }
    }

    private static void require(String field, String text) {
        if (text == null || text.isBlank()) {
            throw HttpProblem.invalid(field, "the " + field + " file is missing or empty");
        }
        if (text.length() > MAX_CHARS) {
            throw HttpProblem.invalid(field, "the " + field + " file is larger than " + MAX_CHARS / (1024 * 1024) + " MiB; split the case");
        }
    }

    /** kinship's messages start with the file name ("profiles.csv: row 3, marker: ..."). */
    private static String fileOf(String message) {
        int dot = message.indexOf(".csv");
        return dot > 0 && !message.substring(0, dot).contains(" ") ? message.substring(0, dot) : "files";
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name + ".csv"), text, StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless; the case's answer matters more
        }
    }
}
