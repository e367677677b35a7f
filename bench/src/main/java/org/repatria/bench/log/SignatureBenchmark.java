package org.repatria.bench.log;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.ledger.note.NoteVerifier;

/**
 * JMH: one Ed25519 signature of a submission's entry text (about 480 bytes), signed and verified the way the log did
 * before issue 15 (the JDK's provider, a key object built per call) and the way it does now ({@link NoteVerifier}:
 * BouncyCastle, answering as the JDK's provider; docs/decisions/0167). Usage: {@code SignatureBenchmark [jmh regexp]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignatureBenchmark {
    private NoteSigner signer;
    private NoteVerifier verifier;
    private KeyPair jdkKeys;
    private byte[] message;
    private byte[] signature;
    private byte[] jdkSignature;
    private byte[] spki;

    /**
     * Runs the benchmarks (all, or those matching the first argument) and prints JMH's table and the load average; with
     * {@code cpu}, measures instead the CPU time of each operation on its thread (a figure a shared machine's load leaves
     * nearly alone, unlike JMH's wall-clock times).
     */
    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, load average %.2f before%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (args.length > 0 && args[0].equals("cpu")) {
            cpuTimes();
            return;
        }
        new Runner(new OptionsBuilder().include(SignatureBenchmark.class.getSimpleName() + "." + (args.length > 0 ? args[0] : ""))
                .build()).run();
        System.out.printf(Locale.ROOT, "load average %.2f after%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void cpuTimes() throws GeneralSecurityException {
        SignatureBenchmark b = new SignatureBenchmark();
        b.setUp();
        var threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            for (String op : List.of("verifyJdk", "verify", "signJdk", "sign")) {
                int n = op.endsWith("Jdk") ? 2_000 : 10_000;
                long cpu = threads.getCurrentThreadCpuTime();
                boolean sink = false;
                for (int i = 0; i < n; i++) {
                    sink ^= switch (op) {
                        case "verifyJdk" -> b.verifyJdk();
                        case "verify" -> b.verify();
                        case "signJdk" -> b.signJdk()[0] == 0;
                        default -> b.sign()[0] == 0;
                    };
                }
                System.out.printf(Locale.ROOT, "round %d %-9s %7.1f µs CPU per operation (%,d operations)%s%n", round, op,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / n, n, sink ? "" : " ");
            }
        }
        System.out.printf(Locale.ROOT, "load average %.2f after%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** A key pair for each provider and the entry text of a real-shaped submission, signed by each. */
    @Setup
    public void setUp() throws GeneralSecurityException {
        signer = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
        verifier = NoteVerifier.parse(signer.verifier().encoded());
        Envelope e = Envelope.of(DocumentType.PERSON_LIST, Submissions.UA, List.of(Submissions.RU),
                "x".repeat(1024).getBytes(StandardCharsets.UTF_8), Instant.parse("2025-06-02T10:00:00Z"), Optional.empty());
        message = new EntryStatement(EntryKind.SUBMITTED, Submissions.UA, KeyCustody.OWN, e.time(), e).text()
                .getBytes(StandardCharsets.UTF_8);
        signature = signer.sign(message);
        jdkKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        spki = jdkKeys.getPublic().getEncoded();
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(jdkKeys.getPrivate());
        s.update(message);
        jdkSignature = s.sign();
    }

    /** Before: the JDK's provider, the public key decoded from its bytes on each call (as the log's code did). */
    @Benchmark
    public boolean verifyJdk() throws GeneralSecurityException {
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki)));
        s.update(message);
        return s.verify(jdkSignature);
    }

    /** After: {@link NoteVerifier#verifies}, BouncyCastle with the key's point decoded once, R checked for order. */
    @Benchmark
    public boolean verify() {
        return verifier.verifies(message, signature);
    }

    /** Before: signing with the JDK's provider. */
    @Benchmark
    public byte[] signJdk() throws GeneralSecurityException {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(jdkKeys.getPrivate());
        s.update(message);
        return s.sign();
    }

    /** After: {@link NoteSigner#sign}, BouncyCastle. */
    @Benchmark
    public byte[] sign() {
        return signer.sign(message);
    }
}
