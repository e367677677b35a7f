package org.repatria.ledger.tile;

import java.util.Optional;

/** Fetches a log resource by its path below the log prefix (e.g. {@code checkpoint}, {@code tile/0/000}). */
@FunctionalInterface
public interface Fetcher {
    /** The resource's bytes, or empty when the log does not serve it; throws only on transport failure. */
    Optional<byte[]> fetch(String path);
}
