package org.repatria.server.log;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.repatria.server.route.AdmittedRequest;

/**
 * The C2SP static resources under {@code /log/} served from bytes made once (docs/decisions/0168): the checkpoint until
 * the log grows or a cosignature is taken ({@link Witnesses}), the verifier key, and every tile and entry bundle, whose
 * bytes at a given path never change once the tree holds them (a partial tile names its width). Each answer carries an
 * ETag; a client that sends it back in {@code If-None-Match} gets 304 without a body.
 */
final class LogResources {
    /** How many bytes of tiles are kept in memory; past it the kept tiles are dropped and made again when asked. */
    static final long MAX_CACHED_TILE_BYTES = 64L << 20;
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private final TransparencyLog log;
    private final Witnesses witnesses;
    private final Served vkey;
    private final Map<String, Served> tiles = new ConcurrentHashMap<>();
    private final AtomicLong tileBytes = new AtomicLong();

    /** Bytes as served, with their ETag. */
    record Served(byte[] bytes, String etag) {
        static Served of(byte[] bytes) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
                return new Served(bytes, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-256", e);
            }
        }
    }

    LogResources(TransparencyLog log, Witnesses witnesses) {
        this.log = log;
        this.witnesses = witnesses;
        this.vkey = Served.of((log.verifier().encoded() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void checkpoint(AdmittedRequest call) {
        answer(call.ctx(), witnesses.servedCheckpoint(), "text/plain; charset=utf-8", "no-cache");
    }

    void vkey(AdmittedRequest call) {
        answer(call.ctx(), vkey, "text/plain; charset=utf-8", "no-cache");
    }

    void tile(AdmittedRequest call) {
        String path = "tile/" + call.ctx().pathParam("path");
        Served kept = tiles.get(path);
        if (kept != null) {
            answer(call.ctx(), kept, "application/octet-stream", cacheControl(path));
            return;
        }
        Optional<TransparencyLog.Resource> made = log.tile(path);
        if (made.isEmpty()) {
            call.ctx().status(404).contentType("text/plain; charset=utf-8").result("no such tile: " + path + "\n");
            return;
        }
        Served served = Served.of(made.get().bytes());
        keep(path, served);
        answer(call.ctx(), served, "application/octet-stream", cacheControl(path));
    }

    private void keep(String path, Served served) {
        if (tileBytes.addAndGet(served.bytes().length) > MAX_CACHED_TILE_BYTES) {
            tiles.clear(); // crude, but bounded: the tiles asked for most come back first
            tileBytes.set(served.bytes().length);
        }
        tiles.put(path, served);
    }

    // A full tile never changes; a partial one is replaced by its full tile once the tree fills it.
    private static String cacheControl(String path) {
        return path.contains(".p/") ? "public, max-age=60" : IMMUTABLE;
    }

    private static void answer(Context ctx, Served served, String type, String cache) {
        ctx.header("Cache-Control", cache).header("ETag", served.etag());
        if (served.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(type).result(served.bytes());
    }
}
