package org.repatria.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.repatria.store.DuplicateException;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.log.EntryRows;
import org.repatria.store.log.LogEntries;
import org.repatria.store.log.StoredDocument;

/** Signed counts of remains tranches (V16), stored with their document's log entry, on every engine. */
class CountsStoreTest extends OnEveryEngine {
    private static final String ID = "r1";

    private Counts opened() {
        People.addParties(store());
        store().exchanges().open(new StoredAgreement(ID, "REMAINS", People.UA, People.RU, People.ICRC, People.T0,
                OptionalInt.empty()), new AgreementStep(1, AgreementStep.Kind.PROPOSAL, People.UA, "e1", "text", "desk",
                People.T0));
        return store().exchanges().counts();
    }

    private static StoredCount count(String stage, String envelope, OptionalInt samples) {
        return new StoredCount(2, stage, People.RU, 1211, 1212, samples, envelope, "ru-desk", People.T0.plusSeconds(7));
    }

    /** A one-entry log batch submitting document {@code envelopeId} with {@code rows}. */
    private static LogEntries.Batch signed(long index, String envelopeId, EntryRows rows) {
        return new LogEntries.Batch(index, List.of(new LogEntries.Entry(index, ("entry " + envelopeId).getBytes(
                StandardCharsets.UTF_8), envelopeId, "submitted", People.RU)),
                List.of(new LogEntries.HashRow(0, index, new byte[32])), List.of(new StoredDocument(envelopeId, "envelope",
                People.RU, new byte[] {1}, Optional.empty(), List.of(rows))), index + 1, new byte[] {2});
    }

    @Test
    void aCountIsReadBackWithItsFiguresAndSamplesNotCountedStayEmpty() {
        Counts counts = opened();
        store().log().append(signed(0, "env-c", counts.counting(ID, count("CROSSING", "env-c", OptionalInt.empty()))));
        store().log().append(signed(1, "env-m", counts.counting(ID, count("MORGUE", "env-m", OptionalInt.of(1300)))));

        assertThat(counts.of(ID)).containsExactly(count("CROSSING", "env-c", OptionalInt.empty()),
                count("MORGUE", "env-m", OptionalInt.of(1300)));
    }

    @Test
    void aSecondCountOfAStageIsRefusedAndLeavesNothingOnTheLog() {
        Counts counts = opened();
        store().log().append(signed(0, "env-1", counts.counting(ID, count("CROSSING", "env-1", OptionalInt.empty()))));

        assertThatThrownBy(() -> store().log().append(signed(1, "env-2", counts.counting(ID, count("CROSSING", "env-2",
                OptionalInt.empty()))))).isInstanceOf(DuplicateException.class).hasMessageContaining("a stage is counted once");
        assertThat(store().log().size()).isEqualTo(1);
        assertThat(store().documents().document("env-2")).isEmpty();
        assertThat(counts.of(ID)).hasSize(1);
    }
}
