package org.repatria.server.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repatria.server.upload.ListUploads;

/**
 * Files whose import waits for "import anyway" after the user saw its warnings: kept in memory under a
 * random id for a few minutes, for the account (username) that uploaded them only, and bounded in total size (the
 * oldest go first). In memory rather than on disk or in a hidden form field: a big file is not sent twice
 * and nothing with personal data outlives the process; a restart only means uploading again.
 */
final class HeldUploads {
    static final Duration KEPT = Duration.ofMinutes(10);
    private final Clock clock;
    private final Map<String, Held> held = new LinkedHashMap<>();
    private long bytes;

    /** A file and the form it came with, waiting for its uploader's confirmation. */
    record Held(String owner, UploadForm form, byte[] file, Instant until) {
    }

    HeldUploads(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the file and returns its id, or empty when it alone exceeds the bound. */
    synchronized Optional<String> keep(String owner, UploadForm form, byte[] file) {
        if (file.length > ListUploads.MAX_BYTES) {
            return Optional.empty();
        }
        expire();
        Iterator<Held> oldest = held.values().iterator();
        while (bytes + file.length > ListUploads.MAX_BYTES && oldest.hasNext()) {
            bytes -= oldest.next().file().length;
            oldest.remove();
        }
        String id = UUID.randomUUID().toString();
        held.put(id, new Held(owner, form, file, clock.instant().plus(KEPT)));
        bytes += file.length;
        return Optional.of(id);
    }

    /** Takes the file out (it is used once), if it is still kept and belongs to {@code owner}. */
    synchronized Optional<Held> take(String id, String owner) {
        expire();
        Held h = held.get(id);
        if (h == null || !h.owner().equals(owner)) {
            return Optional.empty();
        }
        held.remove(id);
        bytes -= h.file().length;
        return Optional.of(h);
    }

    private void expire() {
        Instant now = clock.instant();
        Iterator<Held> it = held.values().iterator();
        while (it.hasNext()) {
            Held h = it.next();
            if (!h.until().isAfter(now)) {
                bytes -= h.file().length;
                it.remove();
            }
        }
    }
}
