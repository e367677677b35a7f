package org.repatria.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordsTest {

    private static List<String[]> vectors() throws IOException {
        try (InputStream in = PasswordsTest.class.getResourceAsStream("/auth/argon2id-vectors.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }

    @Test
    void verifiesTheReferenceImplementationsVectors() throws IOException {
        List<String[]> vectors = vectors();
        assertThat(vectors).hasSize(2);
        for (String[] v : vectors) {
            assertThat(Passwords.verify(v[0].toCharArray(), v[1])).as(v[1]).isTrue();
            assertThat(Passwords.verify("passwore".toCharArray(), v[1])).as(v[1]).isFalse();
        }
    }

    @Test
    void encodesExactlyAsTheReferenceImplementation() throws IOException {
        String reference = vectors().get(0)[1];
        byte[] salt = "somesalt".getBytes(StandardCharsets.US_ASCII);
        String ours = Passwords.encode(new Passwords.Phc(256, 2, 1, salt, 32), "password".toCharArray());
        assertThat(ours).isEqualTo(reference);
    }

    @Test
    void aFreshHashIsSaltedCarriesItsParametersAndVerifies() {
        String one = Passwords.hash("Київ 2025!".toCharArray());
        String two = Passwords.hash("Київ 2025!".toCharArray());
        assertThat(one).startsWith("$argon2id$v=19$m=" + Passwords.MEMORY_KIB + ",t=" + Passwords.ITERATIONS + ",p=" + Passwords.PARALLELISM + "$");
        assertThat(one).isNotEqualTo(two);
        assertThat(Passwords.verify("Київ 2025!".toCharArray(), one)).isTrue();
        assertThat(Passwords.verify("Київ 2025?".toCharArray(), one)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/",
            "$argon2id$v=19$m=256,t=0,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"})
    void aMalformedOrOutlandishHashNeverMatchesAndNeverThrows(String phc) {
        assertThat(Passwords.verify("password".toCharArray(), phc)).isFalse();
    }
}
