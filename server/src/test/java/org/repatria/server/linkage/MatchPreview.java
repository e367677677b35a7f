package org.repatria.server.linkage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;

/**
 * Not a test: serves the fixture with the match lists, runs a match as A's desk and writes the signed-in review page
 * to {@code OUT.html} (with a base URL, so a headless browser can render it from a file). Args: OUT [lang].
 */
public final class MatchPreview {
    private MatchPreview() {
    }

    public static void main(String[] args) throws Exception {
        Fixture world = new Fixture(Files.createTempDirectory("repatria-match-preview"), 5);
        MatchFixture.Lists lists = MatchFixture.add(world.store, Fixture.T0.plusSeconds(600));
        Server server = Server.start(ServerConfig.of(world.store).withPort(0));
        String id = LinkageApiTest.finishedRun(Callers.api(server.port(), Fixture.Who.A_DESK), lists.left(), lists.right());
        Client desk = Callers.desk(server.port(), Fixture.Who.A_DESK);
        String lang = args.length > 1 ? "&lang=" + args[1] : "";
        String html = desk.get("/desk/matches/" + id + "?matches=1" + lang).body()
                .replace("<head>", "<head><base href=\"http://localhost:" + server.port() + "/\">");
        Files.writeString(Path.of(args[0]), html, StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[0] + ".runs.html"), desk.get("/desk/matches?x=1" + lang).body()
                .replace("<head>", "<head><base href=\"http://localhost:" + server.port() + "/\">"), StandardCharsets.UTF_8);
        System.out.println("wrote " + args[0] + "; server on " + server.port() + " (ctrl-c to stop)");
        Thread.currentThread().join();
    }
}
