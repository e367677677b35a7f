package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;
import org.repatria.ledger.note.NoteVerifier;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.server.auth.Passwords;
import org.repatria.store.Store;

/** {@code repatria submit} against a server in this JVM: signs locally, and its receipt passes {@code verify}. */
class SubmitCommandTest {
    private static final Instant NOW = Instant.now(); // the server refuses envelope times far from its clock

    @TempDir
    Path dir;
    private Store store;
    private Server server;
    private Path key;
    private Path token;

    @BeforeEach
    void startServer() throws Exception {
        store = Store.embedded(dir.resolve("data"));
        store.parties().add(new Party(new PartyId("ua"), "Україна", PartyKind.BELLIGERENT));
        store.parties().add(new Party(new PartyId("ru"), "Россия", PartyKind.BELLIGERENT));
        store.accounts().add(new Account("ua.desk", "UA desk", new PartyId("ua"), Role.PARTY_DESK),
                Passwords.hash("correct horse battery".toCharArray()));
        server = Server.start(ServerConfig.of(store).withHost("127.0.0.1").withPort(0));
        key = dir.resolve("ua.key");
        String vkey = InProcessCli.run("keygen", "--name", "ua-mod", "--out", key.toString()).out().strip();
        store.signers().addPartyKey(new PartyId("ua"), vkey);
        ApiClient desk = ApiClient.signIn(base(), "ua.desk", "correct horse battery");
        token = Files.writeString(dir.resolve("token"), desk.token());
    }

    @AfterEach
    void stopServer() {
        server.stop();
        store.close();
    }

    @Test
    void aSubmittedDocumentsReceiptVerifiesAgainstTheLog() throws Exception {
        Path list = Files.writeString(dir.resolve("list.csv"), "id,surname\n1,Ковальчук\n");
        Path receipt = dir.resolve("list.receipt");
        InProcessCli.Result r = submit(list, receipt);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("submitted as entry 0, envelope ");
        String vkey = NoteVerifier.parse(server.log().verifier().encoded()).encoded();
        InProcessCli.Result verified = InProcessCli.run("verify", "--url", base() + "log/", "--vkey", vkey, "--receipt", receipt.toString());
        assertThat(verified.exit()).as(verified.toString()).isZero();
        assertThat(verified.out()).contains("entry 0 (submitted by ua, envelope ");
    }

    @Test
    void aRefusedSubmissionExitsOneWithTheServersReason() throws Exception {
        Path list = Files.writeString(dir.resolve("list.csv"), "id,surname\n1,Ковальчук\n");
        submit(list, dir.resolve("first.receipt"));
        InProcessCli.Result replay = submit(list, dir.resolve("second.receipt"));
        assertThat(replay.exit()).as(replay.toString()).isEqualTo(1);
        assertThat(replay.err()).contains("HTTP 409").contains("replay");
        assertThat(Files.exists(dir.resolve("second.receipt"))).isFalse();
    }

    @Test
    void aDisputeThatNamesNothingItDisputesIsNotSent() throws Exception {
        Path dispute = Files.writeString(dir.resolve("dispute.txt"), "repatria-dispute/v1\nsubject s\n\nt\n");
        long before = server.log().checkpoint().checkpoint().size();
        InProcessCli.Result r = InProcessCli.run(new SubmitCommand(Clock.fixed(NOW, ZoneOffset.UTC)), "--url", base(), "--key", key.toString(),
                "--as", "ua", "--to", "ru", "--type", "dispute", "--receipt", dir.resolve("d.receipt").toString(),
                "--token-file", token.toString(), dispute.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("a dispute must name the envelope of the document it disputes");
        assertThat(server.log().checkpoint().checkpoint().size()).isEqualTo(before);
    }

    @Test
    void aDocumentWhoseBodyWouldPassTheServersLimitIsRefusedNamingItAndNotSent() throws Exception {
        Path big = Files.write(dir.resolve("big.bin"), new byte[13 * 1024 * 1024]); // base64: 18,174,016 bytes
        long before = server.log().checkpoint().checkpoint().size();
        InProcessCli.Result r = submit(big, dir.resolve("big.receipt"));
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("big.bin is 13,631,488 bytes, sent base64-encoded in a JSON body of 18,17")
                .contains("the server takes a JSON body of at most 16,777,216 bytes");
        assertThat(server.log().checkpoint().checkpoint().size()).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("big.receipt"))).isFalse();
    }

    @Test
    void aFileLargerThanAnyBodyIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.bin");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // sparse: 3 GiB that would not fit in memory as one array
        }
        InProcessCli.Result r = submit(huge, dir.resolve("huge.receipt"));
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("huge.bin is 3,221,225,472 bytes").contains("at most 16,777,216 bytes");
    }

    private InProcessCli.Result submit(Path document, Path receipt) {
        return InProcessCli.run(new SubmitCommand(Clock.fixed(NOW, ZoneOffset.UTC)), "--url", base(), "--key", key.toString(),
                "--as", "ua", "--to", "ru", "--type", "person-list", "--receipt", receipt.toString(),
                "--token-file", token.toString(), document.toString());
    }

    private String base() {
        return "http://127.0.0.1:" + server.port() + "/";
    }
}
