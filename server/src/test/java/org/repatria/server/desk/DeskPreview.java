package org.repatria.server.desk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.repatria.server.Fixture;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;

/** Not a test: serves the test fixture (5,000 rows in A's list) so the desk can be looked at. Args: [port]. */
public final class DeskPreview {
    private DeskPreview() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        Fixture world = new Fixture(Files.createTempDirectory("repatria-preview"), 5_000);
        Server server = Server.start(ServerConfig.of(world.store).withPort(port));
        System.out.println("desk at http://localhost:" + server.port() + "/ ; accounts " + Arrays.toString(Fixture.Who.values())
                + " (lower case, '-' for '_'), password '" + Fixture.PASSWORD + "'; list " + world.aPrisoners);
        Thread.currentThread().join();
    }
}
