package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.audit.AuditReport;
import org.repatria.ledger.audit.LogAuditor;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.checkpoint.SignedCheckpoint;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.log.LogEntry;

/**
 * Kill -9 the server during a burst of signed submissions: after a restart every receipt it handed out verifies
 * against the log as served, and the tree rebuilt from storage audits against the stored checkpoint.
 * On the embedded default and on PostgreSQL.
 */
class LogCrashTest {
    private static final long SEED = 0x10C5EEDL;
    private static final int WRITERS = 4;
    private static final PartyId UA = new PartyId("ua");

    @RegisterExtension
    final CrashFixture crash = new CrashFixture();

    @EveryEngine
    void everyReceiptHandedOutVerifiesAfterAKill(String engine) throws Exception {
        crash.on(engine);
        long killAfterMillis = 500 + new SplittableRandom(SEED).nextInt(1_500);
        System.out.printf("log crash test (%s): seed %d, kill %d ms after the first receipt%n", engine, SEED, killAfterMillis);
        NoteSigner key = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
        ConcurrentLinkedQueue<String> receipts = new ConcurrentLinkedQueue<>();
        long seeded;
        try (ChildServer server = crash.startDemo()) {
            ApiClient mediator = crash.signIn(server, "tr.mediator");
            var registered = mediator.send("POST", "api/v1/parties/ua/keys",
                    ApiClient.json().createObjectNode().put("vkey", key.verifier().encoded()).toString());
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            ApiClient desk = crash.signIn(server, "ua.desk");
            seeded = SignedCheckpoint.parse(crash.log(server).fetch("checkpoint").orElseThrow()).checkpoint().size();
            KillDuringWrites.run(server, WRITERS, killAfterMillis, (w, n) -> desk.send("POST", "api/v1/documents",
                    submission(key, w, n)), r -> receipts.add(ApiClient.json().readTree(r.body()).get("receipt").asString()));
        }
        assertThat(receipts).as("receipts handed out before the kill").isNotEmpty();

        try (ChildServer again = crash.startDemo()) {
            LogClient log = crash.log(again);
            LogAuditor auditor = new LogAuditor(crash.logKey(log));
            // The demo's own entries (its lists, signed with server-held keys, and their relays) come first.
            long demoEntries = seeded;
            AuditReport audit = auditor.audit(log, Optional.empty(), (entry, index) -> {
                if (index >= demoEntries) {
                    LogEntry.parse(entry).checkSignedBy(key.verifier());
                }
            });
            for (String text : receipts) {
                Receipt receipt = Receipt.parse(text);
                auditor.checkReceipt(receipt, log);
                assertThat(receipt.index()).isLessThan(audit.checkpoint().checkpoint().size());
            }
            System.out.printf("log crash test (%s): %d receipts verify after kill -9; the rebuilt tree of %d entries "
                    + "audits against the stored checkpoint%n", engine, receipts.size(), audit.entriesChecked());
        }
    }

    private static String submission(NoteSigner key, int writer, int n) {
        byte[] content = ("list " + writer + "-" + n).getBytes(StandardCharsets.UTF_8);
        Envelope e = Envelope.of(DocumentType.PERSON_LIST, UA, List.of(new PartyId("ru")), content,
                Instant.now(), Optional.empty());
        EntryStatement s = new EntryStatement(EntryKind.SUBMITTED, UA, KeyCustody.OWN, e.time(), e);
        return ApiClient.json().createObjectNode()
                .put("entry", new String(LogEntry.sign(s, key).encoded(), StandardCharsets.UTF_8))
                .put("content", Base64.getEncoder().encodeToString(content)).toString();
    }
}
