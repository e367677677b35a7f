package org.repatria.cli;

import picocli.CommandLine.Option;

/** The {@code --host} and {@code --port} options of the commands that start the server. */
final class ListenAddress {
    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}; 127.0.0.1 is this machine"
            + " only, 0.0.0.0 every interface).")
    String host;

    ListenAddress(String defaultHost) {
        this.host = defaultHost;
    }
}
