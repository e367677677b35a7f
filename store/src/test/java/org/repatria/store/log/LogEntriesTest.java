package org.repatria.store.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListId;
import org.repatria.core.list.PersonList;
import org.repatria.store.DuplicateException;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.StoreException;

class LogEntriesTest extends OnEveryEngine {
    @BeforeEach
    void parties() {
        People.addParties(store());
    }

    @Test
    void aBatchIsStoredWholeAndReadBackInOrder() {
        store().log().append(batch(0, 3, "a"));
        assertThat(store().log().size()).isEqualTo(3);
        assertThat(store().log().entries(1, 3)).extracting(b -> new String(b, StandardCharsets.UTF_8))
                .containsExactly("entry a1", "entry a2");
        assertThat(store().log().latestCheckpoint()).hasValueSatisfying(c -> assertThat(c).isEqualTo(bytes("checkpoint 3")));
        assertThat(store().documents().document("envelope-a0")).hasValueSatisfying(d -> assertThat(d.author()).isEqualTo(People.UA));
        assertThat(store().log().has("envelope-a1", "submitted", People.UA)).isTrue();
    }

    @Test
    void aBatchThatDoesNotContinueTheLogIsRefusedAndNothingIsWritten() {
        store().log().append(batch(0, 2, "a"));
        assertThatThrownBy(() -> store().log().append(batch(5, 2, "b"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("holds 2 entries, not 5");
        assertThat(store().log().size()).isEqualTo(2);
        assertThat(store().log().latestCheckpoint()).hasValueSatisfying(c -> assertThat(c).isEqualTo(bytes("checkpoint 2")));
    }

    @Test
    void aReplayedStepFailsTheWholeBatch() {
        store().log().append(batch(0, 2, "a"));
        assertThatThrownBy(() -> store().log().append(batch(2, 2, "a"))).isInstanceOf(DuplicateException.class)
                .hasMessageContaining("repeats a step");
        assertThat(store().log().size()).isEqualTo(2);
        assertThat(store().documents().document("envelope-a1")).isPresent();
    }

    @Test
    void everyEntryIsVisitedInIndexOrder() {
        store().log().append(batch(0, 3, "a"));
        store().log().append(batch(3, 2, "b"));
        List<Long> seen = new ArrayList<>();
        store().log().forEachEntry((entry, index) -> seen.add(index));
        assertThat(seen).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void entriesReadInPagesAreEachVisitedOnceInIndexOrder() {
        store().log().append(batch(0, 5, "a"));
        for (int page : new int[] {1, 2, 5, 6}) {
            List<String> seen = new ArrayList<>();
            store().log().withPage(page).forEachEntry((entry, index) -> seen.add(index + " " + new String(entry,
                    StandardCharsets.UTF_8)));
            assertThat(seen).as("pages of %d", page).containsExactly("0 entry a0", "1 entry a1", "2 entry a2", "3 entry a3",
                    "4 entry a4");
        }
    }

    @Test
    void everyStoredHashIsVisitedOnceAcrossPages() {
        List<LogEntries.HashRow> hashes = List.of(new LogEntries.HashRow(0, 0, new byte[] {1}), new LogEntries.HashRow(0, 1,
                new byte[] {2}), new LogEntries.HashRow(1, 0, new byte[] {3}), new LogEntries.HashRow(0, 2, new byte[] {4}));
        store().log().append(new LogEntries.Batch(0, batch(0, 3, "a").entries(), hashes, List.of(), 3, bytes("checkpoint 3")));
        for (int page : new int[] {1, 2, 4}) {
            List<String> seen = new ArrayList<>();
            store().log().withPage(page).forEachHash(h -> seen.add(h.level() + "/" + h.index() + "=" + h.hash()[0]));
            assertThat(seen).as("pages of %d", page).containsExactlyInAnyOrder("0/0=1", "0/1=2", "0/2=4", "1/0=3");
        }
    }

    @Test
    void partyKeysAreRegisteredOnceForAKnownParty() {
        store().signers().addPartyKey(People.UA, "ua-mod+01020304+AQID");
        assertThat(store().signers().partyKeys(People.UA)).containsExactly("ua-mod+01020304+AQID");
        assertThatThrownBy(() -> store().signers().addPartyKey(People.UA, "ua-mod+01020304+AQID"))
                .isInstanceOf(DuplicateException.class);
    }

    @Test
    void aDocumentMadeFromAListRecordsItsEnvelopeIdOnTheList() {
        PersonList list = People.list(People.UA, People.T0, People.pow("1", "Петренко", "Іван", "1990", "", ""));
        store().lists().add(list);
        assertThat(store().lists().envelopeId(list.header().id())).isEmpty();
        store().log().append(listBatch(0, "envelope-l", list.header().id()));
        assertThat(store().lists().envelopeId(list.header().id())).contains("envelope-l");
    }

    @Test
    void aSecondDocumentForASignedListFailsItsWholeBatch() {
        PersonList list = People.list(People.UA, People.T0, People.pow("1", "Петренко", "Іван", "1990", "", ""));
        store().lists().add(list);
        store().log().append(listBatch(0, "envelope-l", list.header().id()));
        assertThatThrownBy(() -> store().log().append(listBatch(1, "envelope-m", list.header().id())))
                .isInstanceOf(StoreException.class).hasMessageContaining("signed already");
        assertThat(store().log().size()).isEqualTo(1);
        assertThat(store().documents().document("envelope-m")).isEmpty();
        assertThat(store().lists().envelopeId(list.header().id())).contains("envelope-l");
    }

    @Test
    void aDocumentNamingAnAbsentListIsNotStored() {
        ListId absent = new ListId(UUID.nameUUIDFromBytes(bytes("absent")));
        assertThatThrownBy(() -> store().log().append(listBatch(0, "envelope-x", absent)))
                .isInstanceOf(StoreException.class).hasMessageContaining("absent");
        assertThat(store().log().size()).isZero();
        assertThat(store().documents().document("envelope-x")).isEmpty();
    }

    @Test
    void theDocumentsAnsweringAnEnvelopeAreFoundByTheirLastLineInSubmissionOrder() {
        String listed = "a".repeat(64);
        store().log().append(envelopes(0, "envelope text\nanswers " + listed + "\n", "envelope text\nanswers " + "b".repeat(64)
                + "\n", "envelope text\n", "envelope text\nanswers " + listed + "\n"));
        assertThat(store().documents().answering(listed)).extracting(StoredDocument::envelopeId)
                .containsExactly("envelope-0", "envelope-3");
    }

    @Test
    void theDocumentsAnsweringSeveralEnvelopesComeFromOneCall() {
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        store().log().append(envelopes(0, "envelope text\nanswers " + a + "\n", "envelope text\nanswers " + b + "\n",
                "envelope text\nanswers " + "c".repeat(64) + "\n", "envelope text\nanswers " + b + "\n"));
        assertThat(store().documents().answering(List.of(a, b, "not an id"))).extracting(StoredDocument::envelopeId)
                .containsExactlyInAnyOrder("envelope-0", "envelope-1", "envelope-3");
    }

    @Test
    void anIdThatIsNotHexMatchesNothingEvenWithWildcards() {
        store().log().append(envelopes(0, "envelope text\nanswers " + "a".repeat(64) + "\n"));
        assertThat(store().documents().answering("%")).isEmpty();
        assertThat(store().documents().answering("_".repeat(64))).isEmpty();
    }

    @Test
    void documentsWithoutARelayEntryAwaitRelayOldestFirstAndLeaveOnceRelayed() {
        store().log().append(batch(0, 3, "a"));
        store().log().append(new LogEntries.Batch(3, List.of(new LogEntries.Entry(3, bytes("relay a1"), "envelope-a1",
                "relayed", People.ICRC)), List.of(new LogEntries.HashRow(0, 3, new byte[32])), List.of(), 4,
                bytes("checkpoint 4")));
        assertThat(store().documents().unrelayed()).extracting(UnrelayedDocument::envelopeId)
                .containsExactly("envelope-a0", "envelope-a2");
        assertThat(store().documents().unrelayed().getFirst().author()).isEqualTo(People.UA);
        assertThat(store().documents().unrelayedCount()).isEqualTo(2);
    }

    private static LogEntries.Batch envelopes(long first, String... texts) {
        List<LogEntries.Entry> entries = new ArrayList<>();
        List<StoredDocument> documents = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            entries.add(new LogEntries.Entry(first + i, bytes("entry " + i), "envelope-" + i, "submitted", People.UA));
            documents.add(new StoredDocument("envelope-" + i, texts[i], People.UA, bytes("text " + i)));
        }
        return new LogEntries.Batch(first, entries, List.of(new LogEntries.HashRow(0, first, new byte[32])), documents,
                first + texts.length, bytes("checkpoint " + (first + texts.length)));
    }

    private static LogEntries.Batch listBatch(long first, String envelopeId, ListId list) {
        return new LogEntries.Batch(first, List.of(new LogEntries.Entry(first, bytes("entry " + envelopeId), envelopeId, "submitted",
                People.UA)), List.of(new LogEntries.HashRow(0, first, new byte[32])), List.of(new StoredDocument(envelopeId,
                "envelope text", People.UA, bytes("list"), Optional.of(list))), first + 1, bytes("checkpoint " + (first + 1)));
    }

    /** {@code count} entries from {@code first}, each submitting a document, then the checkpoint of the new size. */
    static LogEntries.Batch batch(long first, int count, String tag) {
        List<LogEntries.Entry> entries = new ArrayList<>();
        List<StoredDocument> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "envelope-" + tag + i;
            entries.add(new LogEntries.Entry(first + i, bytes("entry " + tag + (first + i)), id, "submitted", People.UA));
            documents.add(new StoredDocument(id, "envelope text", People.UA, bytes("list " + i)));
        }
        List<LogEntries.HashRow> hashes = List.of(new LogEntries.HashRow(0, first, new byte[32]));
        return new LogEntries.Batch(first, entries, hashes, documents, first + count, bytes("checkpoint " + (first + count)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
