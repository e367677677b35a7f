package org.repatria.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Signed notes against the published C2SP and golang.org/x/mod vectors (see vectors/signed-note/SOURCE.md). */
class NoteTest {

    @Test
    void verifiesTheC2spExampleNoteWithItsVerifierKey() {
        NoteVerifier key = NoteVerifier.parse(vector("c2sp-example.vkey"));
        SignedNote note = SignedNote.parse(bytes("c2sp-example.note"));
        assertThat(note.text()).isEqualTo("This is an example message.\n");
        assertThatCode(() -> note.verify(key)).doesNotThrowAnyException();
    }

    @Test
    void derivesThePublishedVerifierKeyFromThePublishedSignerKey() {
        NoteSigner signer = NoteSigner.parse(vector("xmod-peterneumann.skey"));
        assertThat(signer.verifier().encoded()).isEqualTo(vector("xmod-peterneumann.vkey").strip());
        assertThat(signer.encoded()).isEqualTo(vector("xmod-peterneumann.skey").strip());
    }

    @Test
    void signsExactlyAsThePublishedNote() {
        NoteSigner signer = NoteSigner.parse(vector("xmod-peterneumann.skey"));
        String text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
        assertThat(SignedNote.sign(text, signer).encoded()).isEqualTo(bytes("xmod-peterneumann.note"));
    }

    @Test
    void refusesAnAlteredText() {
        String altered = vector("c2sp-example.note").replace("example message", "exemplary message");
        SignedNote note = SignedNote.parse(altered.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> note.verify(NoteVerifier.parse(vector("c2sp-example.vkey"))))
                .isInstanceOf(NoteException.class).hasMessageContaining("does not verify");
    }

    @Test
    void refusesAForgedSignatureUnderTheRightNameAndKeyId() {
        NoteVerifier key = NoteVerifier.parse(vector("c2sp-example.vkey"));
        SignedNote genuine = SignedNote.parse(bytes("c2sp-example.note"));
        NoteSignature forged = new NoteSignature(key.name(), key.keyId(), new byte[64]);
        SignedNote note = new SignedNote(genuine.text(), java.util.List.of(forged));
        assertThatThrownBy(() -> note.verify(key)).hasMessageContaining("does not verify");
    }

    @Test
    void refusesANoteSignedByAnotherKeyOfTheSameName() {
        NoteVerifier key = NoteVerifier.parse(vector("c2sp-example.vkey"));
        NoteSigner impostor = NoteSigner.generate(key.name(), KeyType.ED25519, new SecureRandom());
        SignedNote note = SignedNote.sign("This is an example message.\n", impostor);
        assertThatThrownBy(() -> note.verify(key)).hasMessageContaining("no signature by the key");
    }

    @Test
    void ignoresSignaturesOfUnknownKeys() {
        NoteVerifier key = NoteVerifier.parse(vector("c2sp-example.vkey"));
        NoteSigner other = NoteSigner.generate("other.example/key", KeyType.ED25519, new SecureRandom());
        SignedNote note = SignedNote.parse(bytes("c2sp-example.note"))
                .withSignature(SignedNote.signature("This is an example message.\n", other));
        assertThatCode(() -> note.verify(key)).doesNotThrowAnyException();
        assertThatCode(() -> SignedNote.parse(note.encoded()).verify(other.verifier())).doesNotThrowAnyException();
    }

    @Test
    void refusesAVerifierKeyWhoseKeyIdWasAltered() {
        String altered = vector("c2sp-example.vkey").replace("530d903a", "530d903b");
        assertThatThrownBy(() -> NoteVerifier.parse(altered)).hasMessageContaining("does not match its key");
    }

    @Test
    void refusesKeyNamesWithSpacesOrPlus() {
        assertThatThrownBy(() -> NoteSigner.generate("two words", KeyType.ED25519, new SecureRandom()))
                .hasMessageContaining("space");
        assertThatThrownBy(() -> NoteSigner.generate("a+b", KeyType.ED25519, new SecureRandom())).hasMessageContaining("'+'");
    }

    @Test
    void refusesMalformedNotes() {
        assertThatThrownBy(() -> SignedNote.parse("no blank line\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("no blank line");
        assertThatThrownBy(() -> SignedNote.parse("text\n\n- name abc\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("em dash");
        assertThatThrownBy(() -> SignedNote.parse(new byte[] {'a', '\t', '\n', '\n'}))
                .isInstanceOf(NoteException.class);
        assertThatThrownBy(() -> SignedNote.parse(new byte[] {(byte) 0xff, '\n', '\n'})).hasMessageContaining("UTF-8");
    }

    @Test
    void refusesInvalidUtf8AnywhereInTheNote() {
        NoteSigner signer = NoteSigner.generate("mediator.example/log", KeyType.ED25519, new SecureRandom(new byte[] {7}));
        byte[] good = SignedNote.sign("text\n", signer).encoded();
        byte[] bad = good.clone();
        bad[2] = (byte) 0xc3; // a lead byte followed by ASCII: malformed
        assertThatThrownBy(() -> SignedNote.parse(bad)).isInstanceOf(NoteException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void readsAReplacementCharacterThatWasSentAsOne() {
        NoteSigner signer = NoteSigner.generate("mediator.example/log", KeyType.ED25519, new SecureRandom(new byte[] {7}));
        SignedNote note = SignedNote.sign("a \uFFFD and \u0436\n", signer);
        SignedNote parsed = SignedNote.parse(note.encoded());
        assertThat(parsed.text()).isEqualTo("a \uFFFD and \u0436\n");
        assertThatCode(() -> parsed.verify(signer.verifier())).doesNotThrowAnyException();
    }

    @Test
    void writesTextBlankLineAndEachSignatureLineAsUtf8() {
        NoteSigner one = NoteSigner.generate("one.example/log", KeyType.ED25519, new SecureRandom(new byte[] {1}));
        NoteSigner two = NoteSigner.generate("two.example/log", KeyType.ED25519, new SecureRandom(new byte[] {2}));
        String text = "\u0436\u0443\u0440\u043d\u0430\u043b \u2014 \uD83D\uDCDC\n";
        SignedNote note = SignedNote.sign(text, one).withSignature(SignedNote.signature(text, two));
        String whole = text + "\n" + note.signatures().get(0).line() + note.signatures().get(1).line();
        assertThat(note.encoded()).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
        assertThat(SignedNote.parse(note.encoded())).isEqualTo(note);
    }

    @Test
    void generatedKeysRoundTripThroughTheirStrings() {
        NoteSigner signer = NoteSigner.generate("mediator.example/log", KeyType.ED25519, new SecureRandom());
        NoteSigner reparsed = NoteSigner.parse(signer.encoded());
        assertThat(reparsed.verifier().encoded()).isEqualTo(signer.verifier().encoded());
        assertThat(NoteVerifier.parse(signer.verifier().encoded()).keyId()).isEqualTo(signer.verifier().keyId());
        assertThat(signer.encoded()).startsWith("PRIVATE+KEY+mediator.example/log+");
    }

    static String vector(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = NoteTest.class.getResourceAsStream("/vectors/signed-note/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
