package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.cosignature.Cosigner;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.tile.EntryBundle;

/** {@code repatria verify} against a log served over HTTP: an honest log passes; each attack of issue 3 exits 1, named. */
class VerifyCommandTest {
    private static final String BUNDLE = "tile/entries/000";

    @TempDir
    Path dir;
    private final List<LogHttpServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(LogHttpServer::close);
    }

    @Test
    void anHonestLogVerifiesEntryByEntry() {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        InProcessCli.Result r = verify(log, serve(log));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("checkpoint 300 entries, root " + log.tree().root().base64())
                .contains("entries checked 300").contains("no --state given").endsWith("verified\n");
    }

    @Test
    void theStateFileRemembersTheCheckpointAndTheNextRunChecksTheLogExtendsIt() throws Exception {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        String url = serve(log);
        Path state = dir.resolve("state");
        assertThat(verify(log, url, "--state", state.toString()).out()).contains("first audit");
        log.append(200).publish();
        InProcessCli.Result r = verify(log, url, "--state", state.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("consistent with the remembered checkpoint of 300 entries");
        assertThat(Files.readAllBytes(state)).isEqualTo(log.checkpoint().encoded());
    }

    @Test
    void partySignaturesAreCheckedWhenTheirKeysAreGiven() {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        InProcessCli.Result r = verify(log, serve(log), "--party-key", "ua=" + log.partyVkey());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("entries checked 300: 300 submitted, 0 relayed, 0 acknowledged, 0 other; "
                + "300 party signatures verified (ua)");
    }

    @Test
    void aSubmissionTheLogOperatorSignedInAPartysNameFails() {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        NoteSigner impostor = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
        log.append(1, impostor).publish();
        InProcessCli.Result r = verify(log, serve(log), "--party-key", "ua=" + log.partyVkey());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("verification failed (party signature): entry 300 (submitted, envelope ")
                .contains("says it was signed by ua").contains("did not hold ua's key");
    }

    @Test
    void aForgedCheckpointSignatureFails() {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        NoteSigner forger = NoteSigner.generate(TestLog.ORIGIN, KeyType.ED25519, new SecureRandom());
        log.write("checkpoint", SignedCheckpoint.sign(log.checkpoint().checkpoint(), forger).encoded());
        assertFails(verify(log, serve(log)), "bad checkpoint", "no signature by the key");
    }

    @Test
    void anAlteredSignatureFails() {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        String text = new String(log.checkpoint().encoded(), StandardCharsets.UTF_8);
        int last = text.lastIndexOf(' ') + 10;
        char flipped = text.charAt(last) == 'A' ? 'B' : 'A';
        log.write("checkpoint", (text.substring(0, last) + flipped + text.substring(last + 1)).getBytes(StandardCharsets.UTF_8));
        assertFails(verify(log, serve(log)), "bad checkpoint", "does not verify");
    }

    @Test
    void anAlteredEntryFailsNamingIt() {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        List<byte[]> entries = new ArrayList<>(EntryBundle.decode(log.read(BUNDLE), BUNDLE));
        entries.set(5, new String(entries.get(5), StandardCharsets.UTF_8).replace("to ru", "to by").getBytes(StandardCharsets.UTF_8));
        log.write(BUNDLE, EntryBundle.encode(entries));
        assertFails(verify(log, serve(log)), "tampered", "entry 5 in tile/entries/000 does not match its leaf hash");
    }

    @Test
    void reorderedEntriesFail() {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        List<byte[]> entries = new ArrayList<>(EntryBundle.decode(log.read(BUNDLE), BUNDLE));
        Collections.swap(entries, 3, 4);
        log.write(BUNDLE, EntryBundle.encode(entries));
        assertFails(verify(log, serve(log)), "tampered", "entry 3 in tile/entries/000 does not match");
    }

    @Test
    void aLogMissingTheEntriesItsCheckpointCoversFails() throws Exception {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        Files.delete(dir.resolve("log").resolve("tile/entries/001.p/44"));
        assertFails(verify(log, serve(log)), "unavailable", "tile/entries/001.p/44");
    }

    @Test
    void aTruncatedLogIsReportedAsARollback() {
        TestLog log = TestLog.create(dir.resolve("log"), 400);
        Path state = dir.resolve("state");
        verify(log, serve(log), "--state", state.toString());
        TestLog truncated = TestLog.withKey(dir.resolve("truncated"), log.key(), 300, "list");
        InProcessCli.Result r = verify(log, serve(truncated), "--state", state.toString());
        assertFails(r, "rollback", "now has 300 entries, fewer than the 400");
    }

    @Test
    void aCheckpointOfADifferentTreeFails() {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        TestLog other = TestLog.withKey(dir.resolve("other"), log.key(), 300, "other");
        log.write("checkpoint", other.checkpoint().encoded());
        assertFails(verify(log, serve(log)), "tampered", "tiles are of a different tree than the checkpoint");
    }

    @Test
    void aRewrittenHistoryIsReportedAsASplitViewAndTheStateIsKept() throws Exception {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        Path state = dir.resolve("state");
        verify(log, serve(log), "--state", state.toString());
        byte[] remembered = Files.readAllBytes(state);
        TestLog rewritten = TestLog.withKey(dir.resolve("rewritten"), log.key(), 400, "forged");
        assertFails(verify(log, serve(rewritten), "--state", state.toString()), "split view",
                "signed checkpoint of 300 entries");
        assertThat(Files.readAllBytes(state)).isEqualTo(remembered);
    }

    @Test
    void aReceiptIsCheckedAgainstTheLog() throws Exception {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        Path receipt = write("r7", log.receipt(7).encode());
        log.append(50).publish();
        InProcessCli.Result r = verify(log, serve(log), "--receipt", receipt.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("receipt " + receipt + ": entry 7 (submitted by ua, envelope ").contains(") is in the log (receipted at 300 entries)");
    }

    @Test
    void aReceiptForAnAlteredEntryFails() throws Exception {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        Receipt honest = log.receipt(7);
        Receipt altered = new Receipt(7, log.entries().get(8), honest.checkpoint(), honest.proof());
        Path receipt = write("r7", altered.encode());
        assertFails(verify(log, serve(log), "--receipt", receipt.toString()), "bad receipt", "entry 7");
    }

    @Test
    void witnessCosignaturesAreRequiredWhenAsked() throws Exception {
        TestLog log = TestLog.create(dir.resolve("log"), 300);
        NoteSigner witness = NoteSigner.generate("icrc-witness", KeyType.COSIGNATURE_V1, new SecureRandom());
        String url = serve(log);
        String[] args = {"--witness", witness.verifier().encoded(), "--min-cosignatures", "1"};
        assertFails(verify(log, url, args), "cosignatures", "0 valid cosignature(s)");
        log.write("checkpoint", new Cosigner(witness, Clock.systemUTC()).cosign(log.checkpoint()).encoded());
        InProcessCli.Result r = verify(log, url, args);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("cosigned by 1 of 1 witnesses: icrc-witness");
    }

    @Test
    void garbageInsteadOfACheckpointFails() {
        TestLog log = TestLog.create(dir.resolve("log"), 10);
        log.write("checkpoint", "<html>Not here</html>".getBytes(StandardCharsets.UTF_8));
        assertFails(verify(log, serve(log)), "bad checkpoint", "not a well-formed signed note");
    }

    @Test
    void theVerifierKeyMayBeGivenAsAFile() throws Exception {
        TestLog log = TestLog.create(dir.resolve("log"), 10);
        Path vkey = write("log.vkey", log.vkey() + "\n");
        assertThat(InProcessCli.run("verify", "--url", serve(log), "--vkey", vkey.toString()).exit()).isZero();
    }

    @Test
    void anAddressWithoutALogExitsTwo() {
        TestLog log = TestLog.create(dir.resolve("log"), 10);
        String wrongPrefix = serve(log).replace("/log/", "/logs/");
        InProcessCli.Result r = verify(log, wrongPrefix);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no log at").contains("answered 404");
    }

    @Test
    void anUnreachableLogExitsTwo() {
        TestLog log = TestLog.create(dir.resolve("log"), 10);
        String url = serve(log);
        servers.removeLast().close();
        InProcessCli.Result r = verify(log, url, "--timeout", "2");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot reach " + url + "checkpoint");
    }

    @Test
    void aFailingServerExitsTwoNamingTheStatus() {
        TestLog log = TestLog.create(dir.resolve("log"), 10);
        LogHttpServer server = LogHttpServer.serving(log.dir());
        servers.add(server);
        server.answerLogWith(503);
        InProcessCli.Result r = verify(log, server.logUrl());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("answered HTTP 503").contains("try again later");
    }

    @Test
    void aStalledServerTimesOut() {
        TestLog log = TestLog.create(dir.resolve("log"), 10);
        LogHttpServer server = LogHttpServer.serving(log.dir());
        servers.add(server);
        server.delayLog(1_500);
        InProcessCli.Result r = verify(log, server.logUrl(), "--timeout", "1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("timed out after 1 s");
    }

    @Test
    void aMalformedVerifierKeyIsAUsageError() {
        InProcessCli.Result r = InProcessCli.run("verify", "--url", "http://127.0.0.1:9/log/", "--vkey", "not-a-key");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--vkey").contains("three parts");
    }

    @Test
    void largeLogsShowProgressOnStandardError() {
        TestLog log = TestLog.create(dir.resolve("log"), 1);
        log.appendUnsigned(17_000).publish();
        InProcessCli.Result r = verify(log, serve(log));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).contains("checked 16384 entries");
    }

    private String serve(TestLog log) {
        LogHttpServer server = LogHttpServer.serving(log.dir());
        servers.add(server);
        return server.logUrl();
    }

    private static InProcessCli.Result verify(TestLog log, String url, String... more) {
        List<String> args = new ArrayList<>(List.of("verify", "--url", url, "--vkey", log.vkey()));
        args.addAll(List.of(more));
        return InProcessCli.run(args.toArray(String[]::new));
    }

    private static void assertFails(InProcessCli.Result r, String problem, String detail) {
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).as(r.toString()).contains("verification failed (" + problem + ")").contains(detail);
        assertThat(r.out()).doesNotContain("verified");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
