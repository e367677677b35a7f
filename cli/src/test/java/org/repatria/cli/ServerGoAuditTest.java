package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.tile.Tile;
import org.repatria.ledger.tile.TileLayout;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.server.log.LogEntry;
import org.repatria.store.Store;

/**
 * An outside client audits the running server: everything the server serves under /log/ for its checkpoint is copied
 * as it was served and checked by the Go checksum database's own note and tlog code (ledger/src/test/go/tlogcheck,
 * decision note 0052). Skipped without Go and x/mod, except under CI=true.
 */
class ServerGoAuditTest {
    private static final Path GOPATH = Path.of("/usr/share/gocode");
    private static final Path PROGRAM = Path.of("../ledger/src/test/go/tlogcheck/main.go");

    @TempDir
    Path dir;

    @Test
    void theGoTlogCodeAcceptsWhatTheServerServesUnderLog() throws Exception {
        Path go = Path.of("/usr/bin/go");
        if (!Files.isExecutable(go) || !Files.isDirectory(GOPATH.resolve("src/golang.org/x/mod/sumdb/tlog"))) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but Go or golang.org/x/mod is missing: apt-get install -y golang-go golang-golang-x-mod-dev");
            }
            Assumptions.abort("Go or golang.org/x/mod is missing");
        }
        try (Store store = Store.embedded(dir.resolve("data"))) {
            store.parties().add(new Party(new PartyId("ua"), "Україна", PartyKind.BELLIGERENT));
            Server server = Server.start(ServerConfig.of(store).withHost("127.0.0.1").withPort(0));
            try {
                append(server, 700);
                Path mirror = mirror(new LogClient("http://127.0.0.1:" + server.port() + "/log/", Duration.ofSeconds(30)));
                String vkey = server.log().verifier().encoded();
                Result build = run(go.toString(), "build", "-o", dir.resolve("tlogcheck").toString(),
                        PROGRAM.toAbsolutePath().toString());
                assertThat(build.exit()).as(build.output()).isZero();
                Result honest = run(dir.resolve("tlogcheck").toString(), mirror.toString(), vkey);
                assertThat(honest.exit()).as(honest.output()).isZero();
                assertThat(honest.output()).contains("OK 700");
                byte[] bundle = Files.readAllBytes(mirror.resolve("tile/entries/001"));
                bundle[40] ^= 1;
                Files.write(mirror.resolve("tile/entries/001"), bundle);
                Result tampered = run(dir.resolve("tlogcheck").toString(), mirror.toString(), vkey);
                assertThat(tampered.exit()).as("the checker can fail: %s", tampered.output()).isNotZero();
            } finally {
                server.stop();
            }
        }
    }

    private static void append(Server server, int count) {
        NoteSigner key = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
        CompletableFuture<?> last = null;
        for (int i = 0; i < count; i++) {
            byte[] content = ("list " + i).getBytes(StandardCharsets.UTF_8);
            Envelope e = Envelope.of(DocumentType.PERSON_LIST, new PartyId("ua"), List.of(new PartyId("ru")), content,
                    Instant.parse("2025-06-02T10:00:00Z").plusSeconds(i), Optional.empty());
            last = server.log().append(LogEntry.sign(new EntryStatement(EntryKind.SUBMITTED, new PartyId("ua"),
                    KeyCustody.OWN, e.time(), e), key), Optional.empty());
        }
        last.join();
    }

    // Copies the checkpoint and every tile and entry bundle its tree needs, byte for byte as served.
    private Path mirror(LogClient log) throws Exception {
        Path out = dir.resolve("mirror");
        byte[] checkpoint = log.fetch("checkpoint").orElseThrow();
        long size = Long.parseLong(new String(checkpoint, StandardCharsets.UTF_8).split("\n")[1]);
        write(out, "checkpoint", checkpoint);
        for (Tile tile : TileLayout.tiles(size)) {
            write(out, tile.path(), log.fetch(tile.path()).orElseThrow());
            if (tile.level() == 0) {
                write(out, tile.entriesPath(), log.fetch(tile.entriesPath()).orElseThrow());
            }
        }
        return out;
    }

    private static void write(Path root, String path, byte[] bytes) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private record Result(int exit, String output) {
    }

    private Result run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.putAll(Map.of("GO111MODULE", "off", "GOPATH", GOPATH.toString(), "GOCACHE", dir.resolve("gocache").toString(),
                "GOFLAGS", "", "GOPROXY", "off", "GOTOOLCHAIN", "local"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), output);
    }
}
