package org.repatria.ledger.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.ledger.checkpoint.SignedCheckpoint;

/**
 * An independent implementation audits our output: the Go checksum database's note and tlog packages
 * (golang.org/x/mod/sumdb, Debian golang-golang-x-mod-dev) run by src/test/go/tlogcheck/main.go against a log we wrote
 * to a directory. Skipped without Go, except under CI=true, where a missing Go fails the build.
 */
class GoTlogInteropTest {
    private static final Path GOPATH = Paths.get("/usr/share/gocode");
    private static final Path PROGRAM = Paths.get("src/test/go/tlogcheck/main.go");

    @TempDir
    static Path work;
    private static Path binary;

    @BeforeAll
    static void buildTheGoChecker() throws Exception {
        Optional<Path> go = findGo();
        boolean xmod = Files.isDirectory(GOPATH.resolve("src/golang.org/x/mod/sumdb/tlog"));
        if (go.isEmpty() || !xmod) {
            String missing = "the independent C2SP check needs Go and golang.org/x/mod: "
                    + "apt-get install -y golang-go golang-golang-x-mod-dev";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but " + missing);
            }
            Assumptions.abort(missing);
        }
        binary = work.resolve("tlogcheck");
        Result build = run(List.of(go.get().toString(), "build", "-o", binary.toString(), PROGRAM.toAbsolutePath().toString()));
        assertThat(build.exit()).as("go build: %s", build.output()).isZero();
    }

    @Test
    void theGoChecksumDatabaseCodeAcceptsOurCheckpointTilesEntriesAndProofs() throws Exception {
        LogFixture log = LogFixture.withEntries("repatria.example/log", 700, 21);
        SignedCheckpoint older = log.publish();
        log.append(66_000 - 700).publish();
        Path dir = write(log, "good");
        Result result = check(dir, log, String.valueOf(older.checkpoint().size()), older.checkpoint().root().base64());
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("OK 66000");
    }

    @Test
    void theGoCheckerRejectsATamperedHashTile() throws Exception {
        LogFixture log = LogFixture.withEntries("repatria.example/log", 1000, 22);
        log.files().get("tile/1/000.p/3")[40] ^= 1;
        assertRejected(log, "tile", "downloaded inconsistent tile");
    }

    @Test
    void theGoCheckerRejectsATamperedCheckpointSignature() throws Exception {
        LogFixture log = LogFixture.withEntries("repatria.example/log", 1000, 23);
        String checkpoint = new String(log.files().get("checkpoint"), StandardCharsets.UTF_8);
        int at = checkpoint.lastIndexOf(' ') + 10;
        char flipped = checkpoint.charAt(at) == 'A' ? 'B' : 'A';
        String tampered = checkpoint.substring(0, at) + flipped + checkpoint.substring(at + 1);
        log.files().put("checkpoint", tampered.getBytes(StandardCharsets.UTF_8));
        assertRejected(log, "signature", "checkpoint signature");
    }

    @Test
    void theGoCheckerRejectsAnAlteredEntry() throws Exception {
        LogFixture log = LogFixture.withEntries("repatria.example/log", 1000, 24);
        log.files().get("tile/entries/002")[5] ^= 1;
        assertRejected(log, "entry", "entry 512 does not hash to its leaf hash");
    }

    private static void assertRejected(LogFixture log, String name, String reason) throws Exception {
        Result result = check(write(log, name), log);
        assertThat(result.exit()).as(result.output()).isNotZero();
        assertThat(result.output()).startsWith("FAIL").contains(reason);
    }

    private static Path write(LogFixture log, String name) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        log.writeTo(dir);
        return dir;
    }

    private static Result check(Path dir, LogFixture log, String... older) throws Exception {
        List<String> command = new ArrayList<>(List.of(binary.toString(), dir.toString(), log.key().verifier().encoded()));
        command.addAll(List.of(older));
        return run(command);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("GO111MODULE", "off");
        env.put("GOPATH", GOPATH.toString());
        env.put("GOCACHE", work.resolve("gocache").toString());
        env.put("GOFLAGS", "");
        env.put("GOPROXY", "off");
        env.put("GOTOOLCHAIN", "local");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out: " + command);
        }
        return new Result(process.exitValue(), output);
    }

    private static Optional<Path> findGo() {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            candidates.add(Paths.get(dir, "go"));
        }
        candidates.add(Paths.get("/usr/lib/go/bin/go"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }
}
