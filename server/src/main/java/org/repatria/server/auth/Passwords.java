package org.repatria.server.auth;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id, stored as PHC strings
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}) so the parameters travel with each hash.
 * Public so that seeding code (the {@code demo} command, tests) can create accounts.
 */
public final class Passwords {
    /** Memory in KiB, passes and lanes for new hashes: OWASP's 19 MiB setting with one more pass, about 45 ms of CPU. */
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 3;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** A fresh salted Argon2id hash of {@code password} in PHC form. */
    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encode(new Phc(MEMORY_KIB, ITERATIONS, PARALLELISM, salt, HASH_BYTES), password);
    }

    /** Whether {@code password} matches {@code phc}; false (never an exception) for a malformed hash. */
    public static boolean verify(char[] password, String phc) {
        Optional<Phc> parsed = parse(phc);
        if (parsed.isEmpty()) {
            return false;
        }
        Phc p = parsed.get();
        byte[] expected = Base64.getDecoder().decode(pad(p.hashB64()));
        return MessageDigest.isEqual(derive(p, password, expected.length), expected);
    }

    static String encode(Phc p, char[] password) {
        byte[] hash = derive(p, password, p.hashLength());
        return "$argon2id$v=19$m=" + p.memoryKib() + ",t=" + p.iterations() + ",p=" + p.parallelism()
                + "$" + B64.encodeToString(p.salt()) + "$" + B64.encodeToString(hash);
    }

    private static byte[] derive(Phc p, char[] password, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKib())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .withSalt(p.salt())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        generator.generateBytes(bytes, out);
        Arrays.fill(bytes, (byte) 0);
        return out;
    }

    private static Optional<Phc> parse(String phc) {
        Matcher m = PHC.matcher(phc == null ? "" : phc);
        if (!m.matches()) {
            return Optional.empty();
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int lanes = Integer.parseInt(m.group(3));
        // Refuse parameters that would let a planted hash exhaust memory or time.
        if (memory < 8 * lanes || memory > MAX_MEMORY_KIB || iterations < 1 || iterations > 10 || lanes < 1) {
            return Optional.empty();
        }
        try {
            byte[] salt = Base64.getDecoder().decode(pad(m.group(4)));
            Base64.getDecoder().decode(pad(m.group(5)));
            return Optional.of(new Phc(memory, iterations, lanes, salt, 0, m.group(5)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static String pad(String b64) {
        return b64 + "==".substring(0, (4 - b64.length() % 4) % 4);
    }

    /** The parameters of one PHC string. */
    record Phc(int memoryKib, int iterations, int parallelism, byte[] salt, int hashLength, String hashB64) {
        Phc(int memoryKib, int iterations, int parallelism, byte[] salt, int hashLength) {
            this(memoryKib, iterations, parallelism, salt, hashLength, "");
        }
    }
}
