package org.repatria.store.backup;

import java.time.Duration;

/** What a restore wrote: the archive's manifest (every table and row in it was written and matched its hash), and the time it took. */
public record RestoreSummary(BackupManifest manifest, long replacedRows, Duration took) {
}
