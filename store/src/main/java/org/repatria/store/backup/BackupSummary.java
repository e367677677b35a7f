package org.repatria.store.backup;

import java.nio.file.Path;
import java.time.Duration;

/** What a backup wrote: the file and its size, what it holds (see its manifest) and how long it took. */
public record BackupSummary(Path file, long bytes, BackupManifest manifest, int cosignatures, Duration took) {
}
