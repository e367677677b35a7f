package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.cosignature.Cosignature;
import org.repatria.ledger.cosignature.Cosignatures;
import org.repatria.ledger.note.NoteVerifier;

/** {@code repatria witness}: cosigns only a checkpoint consistent with the one it cosigned last. */
class WitnessCommandTest {
    private static final Instant NOW = Instant.parse("2025-06-02T12:00:00Z");

    @TempDir
    Path dir;
    private final List<LogHttpServer> servers = new ArrayList<>();
    private Path key;
    private NoteVerifier witness;

    @BeforeEach
    void makeWitnessKey() {
        key = dir.resolve("witness.key");
        witness = NoteVerifier.parse(InProcessCli.run("keygen", "--name", "icrc-witness", "--out", key.toString(), "--witness").out());
    }

    @AfterEach
    void stopServers() {
        servers.forEach(LogHttpServer::close);
    }

    @Test
    void printsAValidTimestampedCosignatureAndRemembersTheCheckpoint() throws Exception {
        TestLog log = TestLog.create(dir.resolve("log"), 100);
        Path state = dir.resolve("state");
        InProcessCli.Result r = witness(log, serve(log).logUrl(), state);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("\u2014 icrc-witness ").endsWith("\n");
        SignedCheckpoint cosigned = SignedCheckpoint.open(Files.readAllBytes(state), log.key().verifier());
        List<Cosignature> valid = Cosignatures.require(cosigned.note(), List.of(witness), 1);
        assertThat(valid.getFirst().time()).isEqualTo(NOW);
        assertThat(cosigned.checkpoint()).isEqualTo(log.checkpoint().checkpoint());
        assertThat(new String(cosigned.encoded(), StandardCharsets.UTF_8)).endsWith(r.out());
    }

    @Test
    void cosignsAGrownLogConsistentWithTheLastCosigned() {
        TestLog log = TestLog.create(dir.resolve("log"), 100);
        String url = serve(log).logUrl();
        Path state = dir.resolve("state");
        witness(log, url, state);
        log.append(300).publish();
        InProcessCli.Result r = witness(log, url, state);
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    @Test
    void refusesASplitViewAndKeepsItsState() throws Exception {
        TestLog log = TestLog.create(dir.resolve("log"), 100);
        Path state = dir.resolve("state");
        witness(log, serve(log).logUrl(), state);
        byte[] before = Files.readAllBytes(state);
        TestLog rewritten = TestLog.withKey(dir.resolve("rewritten"), log.key(), 150, "forged");
        InProcessCli.Result r = witness(log, serve(rewritten).logUrl(), state);
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("not cosigned (split view)");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(state)).isEqualTo(before);
    }

    @Test
    void refusesAForgedCheckpoint() {
        TestLog log = TestLog.create(dir.resolve("log"), 100);
        TestLog impostor = TestLog.create(dir.resolve("impostor"), 100);
        InProcessCli.Result r = witness(log, serve(impostor).logUrl(), dir.resolve("state"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("not cosigned (bad checkpoint)");
        assertThat(Files.exists(dir.resolve("state"))).isFalse();
    }

    @Test
    void anOrdinaryNoteKeyIsNotAWitnessKey() {
        TestLog log = TestLog.create(dir.resolve("log"), 10);
        Path partyKey = dir.resolve("party.key");
        InProcessCli.run("keygen", "--name", "ua-mod", "--out", partyKey.toString());
        InProcessCli.Result r = InProcessCli.run(new WitnessCommand(), "--url", serve(log).logUrl(), "--log-vkey", log.vkey(),
                "--key", partyKey.toString(), "--state", dir.resolve("state").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not a cosignature key");
    }

    @Test
    void submitSendsTheCosignedCheckpointWithTheBearerToken() throws Exception {
        TestLog log = TestLog.create(dir.resolve("log"), 10);
        LogHttpServer server = serve(log);
        Path token = Files.writeString(dir.resolve("token"), "s3cret\n");
        Path state = dir.resolve("state");
        InProcessCli.Result r = witness(log, server.logUrl(), state, "--submit", "--token-file", token.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(server.posts()).singleElement().satisfies(post -> {
            assertThat(post.authorization()).isEqualTo("Bearer s3cret");
            assertThat(post.body()).isEqualTo(Files.readAllBytes(state));
        });
    }

    @Test
    void aRefusedSubmissionExitsTwoButTheCosignatureStands() {
        TestLog log = TestLog.create(dir.resolve("log"), 10);
        LogHttpServer server = serve(log);
        server.answerPostsWith(403);
        InProcessCli.Result r = witness(log, server.logUrl(), dir.resolve("state"), "--submit");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("server refused the cosignature: HTTP 403");
        assertThat(r.out()).startsWith("\u2014 icrc-witness ");
    }

    private InProcessCli.Result witness(TestLog log, String url, Path state, String... more) {
        List<String> args = new ArrayList<>(List.of("--url", url, "--log-vkey", log.vkey(), "--key", key.toString(),
                "--state", state.toString()));
        args.addAll(List.of(more));
        return InProcessCli.run(new WitnessCommand(Clock.fixed(NOW, ZoneOffset.UTC)), args.toArray(String[]::new));
    }

    private LogHttpServer serve(TestLog log) {
        LogHttpServer server = LogHttpServer.serving(log.dir());
        servers.add(server);
        return server;
    }
}
