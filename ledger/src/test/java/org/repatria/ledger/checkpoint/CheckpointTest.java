package org.repatria.ledger.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;

/** The checkpoint body of C2SP tlog-checkpoint. */
class CheckpointTest {
    private static final Hash ROOT = Hash.fromBase64("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");

    @Test
    void writesOriginSizeAndBase64RootOnePerLine() {
        assertThat(new Checkpoint("example.com/behind-the-sofa", 20852163, ROOT).text())
                .isEqualTo("example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
    }

    @Test
    void parsesExtensionLines() {
        Checkpoint parsed = Checkpoint.parse("o\n5\n" + ROOT.base64() + "\nfirst extension\nsecond\n");
        assertThat(parsed).isEqualTo(new Checkpoint("o", 5, ROOT, List.of("first extension", "second")));
        assertThat(Checkpoint.parse(parsed.text())).isEqualTo(parsed);
    }

    @Test
    void refusesMalformedLinesNamingTheLine() {
        assertThatThrownBy(() -> Checkpoint.parse("o\n05\n" + ROOT.base64() + "\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Checkpoint.parse("o\n-1\n" + ROOT.base64() + "\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Checkpoint.parse("o\n5\nnot-a-hash\n")).hasMessageContaining("line 3");
        assertThatThrownBy(() -> Checkpoint.parse("o\n5\n")).hasMessageContaining("at least three lines");
        assertThatThrownBy(() -> Checkpoint.parse("o\n5\n" + ROOT.base64() + "\n\n")).hasMessageContaining("line 4");
    }

    @Test
    void opensOnlyWithTheLogKey() {
        NoteSigner key = NoteSigner.generate("log.example", KeyType.ED25519, new SecureRandom());
        NoteSigner other = NoteSigner.generate("log.example", KeyType.ED25519, new SecureRandom());
        byte[] signed = SignedCheckpoint.sign(new Checkpoint("log.example", 5, ROOT), key).encoded();
        assertThat(SignedCheckpoint.open(signed, key.verifier()).checkpoint().size()).isEqualTo(5);
        assertThatThrownBy(() -> SignedCheckpoint.open(signed, other.verifier())).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("log signature is not valid");
    }

    @Test
    void refusesACheckpointWhoseSizeWasChangedAfterSigning() {
        NoteSigner key = NoteSigner.generate("log.example", KeyType.ED25519, new SecureRandom());
        String signed = new String(SignedCheckpoint.sign(new Checkpoint("log.example", 5, ROOT), key).encoded(),
                StandardCharsets.UTF_8);
        byte[] altered = signed.replace("\n5\n", "\n6\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SignedCheckpoint.open(altered, key.verifier())).hasMessageContaining("does not verify");
    }
}
