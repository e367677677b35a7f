package org.repatria.ledger.cosignature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repatria.ledger.checkpoint.Checkpoint;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.merkle.Hash;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSignature;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.NoteVerifier;

/** Cosignatures as C2SP tlog-cosignature specifies them (the spec's example checkpoint and time). */
class CosignerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1679315147), ZoneOffset.UTC);
    private static final Checkpoint SPEC_EXAMPLE =
            new Checkpoint("example.com/behind-the-sofa", 20852163, Hash.fromBase64("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="));
    private final NoteSigner log = NoteSigner.generate("example.com/behind-the-sofa", KeyType.ED25519, new SecureRandom());
    private final NoteSigner witness = NoteSigner.generate("witness.example/w1", KeyType.COSIGNATURE_V1, new SecureRandom());

    @Test
    void signsTheSpecifiedMessageWithABigEndianTimestamp() {
        SignedCheckpoint cosigned = new Cosigner(witness, CLOCK).cosign(SignedCheckpoint.sign(SPEC_EXAMPLE, log));
        NoteSignature line = cosigned.note().signatures().get(1);
        byte[] timestamped = line.signature();
        assertThat(line.keyId()).isEqualTo(witness.verifier().keyId());
        assertThat(timestamped).hasSize(72);
        assertThat(ByteBuffer.wrap(timestamped).getLong()).isEqualTo(1679315147L);
        String message = "cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\n"
                + "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";
        assertThat(witness.verifier().verifies(message.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(timestamped, 8, 72)))
                .isTrue();
    }

    @Test
    void aCosignatureKeyIdUsesTypeByte4SoItDiffersFromTheSameKeyAsANoteKey() {
        NoteVerifier cosigner = NoteVerifier.parse(witness.verifier().encoded());
        NoteVerifier sameKeyAsNoteKey = NoteVerifier.of(cosigner.name(), KeyType.ED25519, cosigner.publicKey());
        String keyPart = cosigner.encoded().split("\\+", 3)[2];
        assertThat(java.util.Base64.getDecoder().decode(keyPart)[0]).isEqualTo((byte) 0x04);
        assertThat(cosigner.type()).isEqualTo(KeyType.COSIGNATURE_V1);
        assertThat(cosigner.keyId()).isNotEqualTo(sameKeyAsNoteKey.keyId());
    }

    @Test
    void requiresTheQuorumOfWitnesses() {
        NoteSigner second = NoteSigner.generate("witness.example/w2", KeyType.COSIGNATURE_V1, new SecureRandom());
        SignedCheckpoint once = new Cosigner(witness, CLOCK).cosign(SignedCheckpoint.sign(SPEC_EXAMPLE, log));
        List<Cosignature> verified = Cosignatures.require(once.note(), List.of(witness.verifier(), second.verifier()), 1);
        assertThat(verified).extracting(Cosignature::time).containsExactly(Instant.ofEpochSecond(1679315147));
        assertThatThrownBy(() -> Cosignatures.require(once.note(), List.of(witness.verifier(), second.verifier()), 2))
                .hasMessageContaining("1 valid cosignature(s) of the 2 known witness(es), 2 required");
    }

    @Test
    void refusesACosignatureCarriedOverToAnotherCheckpoint() {
        SignedCheckpoint cosigned = new Cosigner(witness, CLOCK).cosign(SignedCheckpoint.sign(SPEC_EXAMPLE, log));
        Checkpoint other = new Checkpoint(SPEC_EXAMPLE.origin(), SPEC_EXAMPLE.size() + 1, SPEC_EXAMPLE.root());
        SignedCheckpoint moved = new SignedCheckpoint(other, SignedCheckpoint.sign(other, log).note()
                .withSignature(cosigned.note().signatures().get(1)));
        assertThatThrownBy(() -> Cosignatures.require(moved.note(), List.of(witness.verifier()), 1))
                .hasMessageContaining("cosignature by witness.example/w1 does not verify");
    }

    @Test
    void refusesToCosignWithANoteKey() {
        assertThatThrownBy(() -> new Cosigner(log, CLOCK)).hasMessageContaining("not a cosignature key");
    }
}
