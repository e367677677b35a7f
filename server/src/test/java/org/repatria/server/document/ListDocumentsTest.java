package org.repatria.server.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.account.Account;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.list.ListHeader;
import org.repatria.lists.ListExport;
import org.repatria.server.Fixture;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.log.TransparencyLog;

/** Signing a stored list: the list is there first, and its document and the link to it arrive in one commit or not at all. */
class ListDocumentsTest {
    @TempDir
    Path dir;
    private Fixture world;
    private TransparencyLog log;
    private ListDocuments documents;
    private ListHeader list;
    private final Account author = Fixture.Who.A_DESK.account();

    @BeforeEach
    void open() {
        world = new Fixture(dir, 3);
        log = TransparencyLog.open(world.store, Clock.systemUTC());
        documents = new ListDocuments(world.store, log, Clock.systemUTC());
        new DocumentSteps(world.store, log, Clock.systemUTC()).enableServerHeldKey(Fixture.A);
        list = world.store.lists().header(world.aPrisoners).orElseThrow();
    }

    @AfterEach
    void close() {
        log.close();
        world.close();
    }

    @Test
    void theSignedEnvelopeHashesTheCanonicalBytesOfTheStoredRows() {
        LoggedStep step = documents.signWithServerHeldKey(author, list);
        assertThat(step.kind()).isEqualTo(EntryKind.SUBMITTED);
        assertThat(step.custody()).isEqualTo(KeyCustody.SERVER_HELD);
        ListDocuments.Signed signed = (ListDocuments.Signed) documents.standing(list);
        assertThat(signed.sha256()).isEqualTo(ListExport.sha256(ListExport.canonical(world.store.lists().persons(list.id()))));
        assertThat(signed.integrity()).isEqualTo(ListDocuments.Integrity.INTACT);
        assertThat(((ListDocuments.Signed) documents.standing(list, false)).integrity())
                .isEqualTo(ListDocuments.Integrity.UNCHECKED);
        assertThat(world.store.documents().document(signed.envelopeId()).orElseThrow().content()).isEqualTo(documents.canonical(list));
    }

    @Test
    void aLogThatStopsBeforeTheSigningLeavesTheListNotYetSignedAndNoDocument() {
        log.close();
        assertThatThrownBy(() -> documents.signWithServerHeldKey(author, list)).isInstanceOf(HttpProblem.class)
                .hasMessageContaining("shutting down");
        assertThat(documents.standing(list)).isInstanceOf(ListDocuments.Unsigned.class);
        assertThat(world.store.lists().envelopeId(list.id())).isEmpty();
        assertThat(world.store.log().size()).isZero();
        assertThat(world.store.documents().recentDocuments(10)).isEmpty();
    }

    @Test
    void aListIsSignedOnceEvenWhenSignedTwiceAtOnce() throws InterruptedException {
        Thread[] signers = new Thread[4];
        int[] refused = {0};
        for (int i = 0; i < signers.length; i++) {
            signers[i] = Thread.ofPlatform().start(() -> {
                try {
                    documents.signWithServerHeldKey(author, list);
                } catch (HttpProblem e) {
                    synchronized (refused) {
                        refused[0]++;
                    }
                }
            });
        }
        for (Thread t : signers) {
            t.join();
        }
        assertThat(refused[0]).isEqualTo(signers.length - 1);
        assertThat(world.store.log().size()).isEqualTo(1);
    }
}
