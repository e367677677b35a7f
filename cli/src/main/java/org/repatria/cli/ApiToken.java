package org.repatria.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The API bearer token of commands that write to the server: from a file, else $REPATRIA_TOKEN, never an argument. */
final class ApiToken {
    @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding your API bearer token (else $REPATRIA_TOKEN).")
    Optional<Path> tokenFile = Optional.empty();

    /** The token, if one was given. */
    Optional<String> token() {
        return tokenFile.map(f -> KeyFile.read(f, "--token-file").strip())
                .or(() -> Optional.ofNullable(System.getenv("REPATRIA_TOKEN")));
    }
}
