package org.repatria.ledger.note;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.util.List;
import java.util.Optional;

/**
 * The system's libsodium, reached through JNA's direct mapping, for the one call the log makes per submission:
 * {@code crypto_sign_ed25519_verify_detached}. Where the library is not installed (or JNA cannot load), nothing is
 * bound and {@link Ed25519} verifies with BouncyCastle; both answer as the JDK does (docs/decisions/0188).
 */
final class Libsodium {
    // dlopen names tried in order: the development link, then the runtime packages' sonames (Debian 12: libsodium23).
    private static final List<String> NAMES = List.of("sodium", "libsodium.so.26", "libsodium.so.23");
    private static final Optional<String> VERSION = load();

    private Libsodium() {
    }

    /** Whether libsodium was found and initialised; when not, {@link #verifyDetached} must not be called. */
    static boolean loaded() {
        return VERSION.isPresent();
    }

    /** The loaded library's own version string, e.g. "1.0.18". */
    static Optional<String> version() {
        return VERSION;
    }

    /** Whether libsodium accepts the 64-byte {@code signature} of {@code message} under the 32-byte {@code publicKey}. */
    static boolean verifyDetached(byte[] signature, byte[] message, byte[] publicKey) {
        if (signature.length != Ed25519.SIGNATURE_SIZE || publicKey.length != Ed25519.KEY_SIZE) {
            throw new IllegalArgumentException("a signature is 64 bytes and a key 32");
        }
        return crypto_sign_ed25519_verify_detached(signature, message, message.length, publicKey) == 0;
    }

    private static Optional<String> load() {
        for (String name : NAMES) {
            try {
                Native.register(Libsodium.class, NativeLibrary.getInstance(name));
                // sodium_init: 0 initialised now, 1 already, -1 failed (libsodium's documented results).
                return sodium_init() < 0 ? Optional.empty() : Optional.of(sodium_version_string());
            } catch (LinkageError | RuntimeException notHere) {
                // Not installed under this name, or JNA's own native part cannot load here: try the next, then none.
            }
        }
        return Optional.empty();
    }

    private static native int sodium_init();

    private static native String sodium_version_string();

    private static native int crypto_sign_ed25519_verify_detached(byte[] sig, byte[] m, long mlen, byte[] pk);
}
