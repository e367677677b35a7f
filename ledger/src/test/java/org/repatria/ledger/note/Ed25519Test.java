package org.repatria.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ed25519 by libsodium and by BouncyCastle each answers exactly as the JDK's provider: the RFC 8032 §7.1 vectors,
 * corrupted signatures, the speccheck edge cases, and an R carrying each point of small order
 * (vectors/ed25519/SOURCE.md; docs/decisions/0167 and 0188).
 */
class Ed25519Test {
    private static final HexFormat HEX = HexFormat.of();

    private record Vector(String name, byte[] seed, byte[] publicKey, byte[] message, byte[] signature) {
    }

    @Test
    void derivesEachRfc8032PublicKeyFromItsSecretKey() {
        for (Vector v : rfc8032()) {
            assertThat(Ed25519.publicKey(v.seed())).as(v.name()).isEqualTo(v.publicKey());
        }
    }

    @Test
    void signsEachRfc8032MessageToItsPublishedSignature() {
        for (Vector v : rfc8032()) {
            assertThat(Ed25519.sign(v.seed(), v.publicKey(), v.message())).as(v.name()).isEqualTo(v.signature());
        }
    }

    @ParameterizedTest
    @EnumSource(Ed25519.By.class)
    void verifiesEachRfc8032SignatureAsTheJdkDoes(Ed25519.By by) {
        present(by);
        for (Vector v : rfc8032()) {
            assertThat(Ed25519.verify(Ed25519.Key.of(v.publicKey()), v.message(), v.signature(), by)).as(v.name()).isTrue();
            assertThat(JdkEd25519.verify(v.publicKey(), v.message(), v.signature())).as(v.name()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Ed25519.By.class)
    void refusesEveryOneBitCorruptionOfEachRfc8032Signature(Ed25519.By by) {
        present(by);
        for (Vector v : rfc8032()) {
            Ed25519.Key key = Ed25519.Key.of(v.publicKey());
            for (int bit = 0; bit < 8 * Ed25519.SIGNATURE_SIZE; bit++) {
                byte[] corrupted = v.signature().clone();
                corrupted[bit / 8] ^= (byte) (1 << (bit % 8));
                assertThat(Ed25519.verify(key, v.message(), corrupted, by)).as(v.name() + ", bit " + bit).isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Ed25519.By.class)
    void refusesEachRfc8032SignatureOverAnAlteredMessage(Ed25519.By by) {
        present(by);
        for (Vector v : rfc8032()) {
            byte[] altered = Arrays.copyOf(v.message(), v.message().length + 1);
            assertThat(Ed25519.verify(Ed25519.Key.of(v.publicKey()), altered, v.signature(), by)).as(v.name()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Ed25519.By.class)
    void answersEachSpeccheckEdgeCaseAsTheJdkDoes(Ed25519.By by) {
        present(by);
        List<Integer> accepted = new ArrayList<>();
        for (String line : lines("speccheck-cases.txt")) {
            String[] f = line.split(":");
            byte[] message = HEX.parseHex(f[1]);
            byte[] key = HEX.parseHex(f[2]);
            byte[] signature = HEX.parseHex(f[3]);
            boolean ours = Ed25519.verify(Ed25519.Key.of(key), message, signature, by);
            assertThat(ours).as("case " + f[0]).isEqualTo(JdkEd25519.verify(key, message, signature));
            if (ours) {
                accepted.add(Integer.parseInt(f[0]));
            }
        }
        assertThat(accepted).containsExactly(1, 3, 5, 6);
    }

    /**
     * The case left after the key checks: a signer adds a point of small order to R and signs honestly over that R.
     * The JDK refuses every one (the sum [S]B − [k]A is R without the torsion); BouncyCastle's bare check, which lets
     * a multiple of the torsion vanish, accepts them (all 112 here, with bcprov 1.83), so ours must not stop there.
     */
    @ParameterizedTest
    @EnumSource(Ed25519.By.class)
    void refusesAnRCarryingAnyPointOfSmallOrderAsTheJdkDoes(Ed25519.By by) {
        present(by);
        byte[] seed = HEX.parseHex("833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42");
        byte[] nonceSeed = HEX.parseHex("f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5");
        byte[] a = Ed25519.publicKey(seed);
        TestCurve.Point r = TestCurve.decode(Ed25519.publicKey(nonceSeed)).orElseThrow();
        List<TestCurve.Point> torsion = TestCurve.smallOrder();
        int bareAccepted = 0;
        for (int t = 1; t < torsion.size(); t++) {
            byte[] twisted = TestCurve.encode(TestCurve.add(r, torsion.get(t)));
            for (int i = 0; i < 16; i++) {
                byte[] message = ("entry " + t + "/" + i).getBytes(StandardCharsets.UTF_8);
                byte[] signature = signWithR(twisted, scalar(nonceSeed), scalar(seed), a, message);
                assertThat(JdkEd25519.verify(a, message, signature)).as("the JDK, [%d]T, message %d", t, i).isFalse();
                assertThat(Ed25519.verify(Ed25519.Key.of(a), message, signature, by)).as("[%d]T, message %d", t, i).isFalse();
                if (org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, a, 0, message, 0, message.length)) {
                    bareAccepted++;
                }
            }
        }
        assertThat(bareAccepted).as("twisted signatures bare BouncyCastle accepted (the hazard the rule closes)")
                .isGreaterThan(10);
        byte[] honest = signWithR(TestCurve.encode(r), scalar(nonceSeed), scalar(seed), a, new byte[] {1});
        assertThat(Ed25519.verify(Ed25519.Key.of(a), new byte[] {1}, honest, by)).as("the honest R").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Ed25519.By.class)
    void agreesWithTheJdkOnSeededRandomSignaturesAndCorruptions(Ed25519.By by) {
        present(by);
        SplittableRandom random = new SplittableRandom(20250602L);
        for (int i = 0; i < 100; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            byte[] message = new byte[random.nextInt(0, 600)];
            random.nextBytes(message);
            byte[] key = Ed25519.publicKey(seed);
            byte[] signature = Ed25519.sign(seed, key, message);
            byte[] corrupted = signature.clone();
            corrupted[random.nextInt(64)] ^= (byte) (1 << random.nextInt(8));
            for (byte[] s : List.of(signature, corrupted)) {
                assertThat(Ed25519.verify(Ed25519.Key.of(key), message, s, by)).as("signature " + i)
                        .isEqualTo(JdkEd25519.verify(key, message, s));
            }
        }
    }

    // Libsodium's cases run where it is installed; under CI=true its absence fails, as the other outside tools' does.
    private static void present(Ed25519.By by) {
        if (by == Ed25519.By.LIBSODIUM && !Libsodium.loaded()) {
            String missing = "the system's libsodium is not installed: apt-get install -y libsodium23";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but " + missing);
            }
            Assumptions.abort(missing);
        }
    }

    // R || S with S = r + k a mod L and k = SHA-512(R || A || M) mod L (RFC 8032 §5.1.6, steps 3-5, with R chosen).
    private static byte[] signWithR(byte[] rPoint, BigInteger r, BigInteger secret, byte[] a, byte[] message) {
        BigInteger k = littleEndian(sha512(rPoint, a, message)).mod(TestCurve.L);
        byte[] s = littleEndian(r.add(k.multiply(secret)).mod(TestCurve.L));
        byte[] signature = Arrays.copyOf(rPoint, 64);
        System.arraycopy(s, 0, signature, 32, 32);
        return signature;
    }

    private static BigInteger scalar(byte[] seed) {
        byte[] h = Arrays.copyOf(sha512(seed), 32);
        h[0] &= (byte) 248;
        h[31] &= 127;
        h[31] |= 64;
        return littleEndian(h);
    }

    private static byte[] sha512(byte[]... parts) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-512");
            for (byte[] p : parts) {
                d.update(p);
            }
            return d.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger littleEndian(byte[] bytes) {
        byte[] big = bytes.clone();
        for (int i = 0; i < big.length / 2; i++) {
            byte t = big[i];
            big[i] = big[big.length - 1 - i];
            big[big.length - 1 - i] = t;
        }
        return new BigInteger(1, big);
    }

    private static byte[] littleEndian(BigInteger n) {
        byte[] out = new byte[32];
        byte[] big = n.toByteArray();
        for (int i = 0; i < big.length && i < 33; i++) {
            int at = big.length - 1 - i;
            if (i < 32) {
                out[i] = big[at];
            }
        }
        return out;
    }

    private static List<Vector> rfc8032() {
        return lines("rfc8032-7.1.txt").stream().map(line -> line.split(":", -1))
                .map(f -> new Vector(f[0], HEX.parseHex(f[1]), HEX.parseHex(f[2]), HEX.parseHex(f[3]), HEX.parseHex(f[4])))
                .toList();
    }

    private static List<String> lines(String file) {
        try (InputStream in = Ed25519Test.class.getResourceAsStream("/vectors/ed25519/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
