package org.repatria.kinship;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repatria.kinship.csv.KinshipCsv;

/** Locates ../shared/data (the project's public test data) from the module directory, and loads a case. */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data");
            if (Files.isDirectory(candidate.resolve("dvir-examples"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data not found above " + Path.of("").toAbsolutePath());
    }

    public static KinshipCsv.Files files(Path dir, boolean withMutation) {
        Path mutation = dir.resolve("mutation.csv");
        return new KinshipCsv.Files(dir.resolve("frequencies.csv"), dir.resolve("profiles.csv"), dir.resolve("remains.csv"),
                dir.resolve("pedigrees.csv"), withMutation && Files.exists(mutation) ? Optional.of(mutation) : Optional.empty());
    }

    public static KinshipData load(Path dir, boolean withMutation) {
        return KinshipCsv.read(files(dir, withMutation), OptionalDouble.empty());
    }
}
