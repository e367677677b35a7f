package org.repatria.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A command's CSV output, written beside its target and then moved in place, so a failed run leaves no half-written file. */
final class CsvOutput {
    /** Writes the rows after the header. */
    interface Rows {
        void writeTo(Writer w) throws IOException;
    }

    private CsvOutput() {
    }

    /** Writes {@code header} (a line without its newline) and {@code rows} to {@code out}, replacing it. */
    static void write(Path out, String header, Rows rows) throws IOException {
        Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), ".repatria-", ".csv");
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            w.write(header + "\n");
            rows.writeTo(w);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
