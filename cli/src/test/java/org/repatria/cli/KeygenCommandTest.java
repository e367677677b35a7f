package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.NoteVerifier;

class KeygenCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheVerifierKeyOfThePrivateKeyItWrites() throws Exception {
        Path out = dir.resolve("ua.key");
        InProcessCli.Result r = InProcessCli.run("keygen", "--name", "ua-mod", "--out", out.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        NoteSigner written = NoteSigner.parse(Files.readString(out));
        assertThat(r.out().strip()).isEqualTo(written.verifier().encoded()).startsWith("ua-mod+");
        assertThat(NoteVerifier.parse(r.out()).type()).isEqualTo(KeyType.ED25519);
    }

    @Test
    void thePrivateKeyIsReadableByItsOwnerOnly() throws Exception {
        Path out = dir.resolve("ua.key");
        InProcessCli.run("keygen", "--name", "ua-mod", "--out", out.toString());
        assertThat(Files.getPosixFilePermissions(out))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void anExistingKeyIsNotOverwrittenWithoutForce() throws Exception {
        Path out = dir.resolve("ua.key");
        InProcessCli.run("keygen", "--name", "ua-mod", "--out", out.toString());
        String first = Files.readString(out);
        InProcessCli.Result r = InProcessCli.run("keygen", "--name", "ua-mod", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(out)).isEqualTo(first);
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void forceReplacesTheKey() throws Exception {
        Path out = dir.resolve("ua.key");
        InProcessCli.run("keygen", "--name", "ua-mod", "--out", out.toString());
        String first = Files.readString(out);
        InProcessCli.Result r = InProcessCli.run("keygen", "--name", "ua-mod", "--out", out.toString(), "--force");
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(out)).isNotEqualTo(first);
    }

    @Test
    void aWitnessKeyIsACosignatureKey() throws Exception {
        InProcessCli.Result r = InProcessCli.run("keygen", "--name", "icrc-witness", "--out", dir.resolve("w.key").toString(), "--witness");
        assertThat(NoteVerifier.parse(r.out()).type()).isEqualTo(KeyType.COSIGNATURE_V1);
    }

    @Test
    void aNameWithASpaceIsRefusedAndNothingIsWritten() throws Exception {
        InProcessCli.Result r = InProcessCli.run("keygen", "--name", "ua mod", "--out", dir.resolve("k").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--name").contains("space");
        assertThat(Files.list(dir)).isEmpty();
    }
}
