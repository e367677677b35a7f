package org.repatria.store.death;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repatria.store.DuplicateException;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.genetic.CaseFiles;
import org.repatria.store.genetic.Decision;
import org.repatria.store.genetic.GeneticCase;
import org.repatria.store.genetic.SearchState;
import org.repatria.store.genetic.StoredMatch;
import org.repatria.store.log.EntryRows;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/** Death records' rows on every engine: stored with their log entry, one per revision, read by party and side. */
class DeathRecordsTest extends OnEveryEngine {
    private void confirmed() {
        People.addParties(store());
        store().cases().add(new GeneticCase("c1", People.UA, "Вагон 1", "ua-dna", People.T0, 2, 2, SearchState.none()),
                new CaseFiles("f", "p", "r", "ped", Optional.empty()));
        store().cases().decisions().add(new Decision("d1", "c1", People.UA, new StoredMatch("V1", "F1", "M1", 5, 0), true,
                "ua-dna", People.T0, Optional.empty(), Optional.empty()));
    }

    private static StoredDeathRecord record(String envelope, int revision, Optional<String> corrects) {
        return new StoredDeathRecord(envelope, "d1", revision, corrects, People.UA, People.RU, "ua-dna",
                People.T0.plusSeconds(revision));
    }

    private static LogEntries.Batch batch(long index, String envelopeId, EntryRows rows) {
        return new LogEntries.Batch(index, List.of(new LogEntries.Entry(index, ("entry " + envelopeId)
                .getBytes(StandardCharsets.UTF_8), envelopeId, "submitted", People.UA)),
                List.of(new LogEntries.HashRow(0, index, new byte[32])), List.of(new StoredDocument(envelopeId, "envelope",
                People.UA, new byte[] {1}, Optional.empty(), List.of(rows))), index + 1, new byte[] {2});
    }

    @Test
    void aRecordAndItsCorrectionAreReadInRevisionOrder() {
        confirmed();
        DeathRecords d = store().deathRecords();
        store().log().append(batch(0, "env-1", d.recording(record("env-1", 1, Optional.empty()))));
        store().log().append(batch(1, "env-2", d.recording(record("env-2", 2, Optional.of("env-1")))));

        assertThat(d.of("d1")).extracting(StoredDeathRecord::envelopeId).containsExactly("env-1", "env-2");
        assertThat(d.find("env-2").orElseThrow().corrects()).contains("env-1");
        assertThat(d.touching(People.RU, 10)).extracting(StoredDeathRecord::envelopeId).containsExactly("env-2", "env-1");
    }

    @Test
    void aSecondRecordOfTheSameRevisionIsADuplicateAndNothingIsStored() {
        confirmed();
        DeathRecords d = store().deathRecords();
        store().log().append(batch(0, "env-1", d.recording(record("env-1", 1, Optional.empty()))));

        assertThatThrownBy(() -> store().log().append(batch(1, "env-2", d.recording(record("env-2", 1, Optional.empty())))))
                .isInstanceOf(DuplicateException.class);
        assertThat(store().documents().document("env-2")).isEmpty();
        assertThat(d.of("d1")).hasSize(1);
    }

    @Test
    void aPartyNeitherRecordingNorAddressedReadsNone() {
        confirmed();
        store().log().append(batch(0, "env-1", store().deathRecords().recording(record("env-1", 1, Optional.empty()))));

        assertThat(store().deathRecords().touching(People.ICRC, 10)).isEmpty();
    }
}
