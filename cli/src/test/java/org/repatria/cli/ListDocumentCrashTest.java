package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.ledger.audit.LogAuditor;
import org.repatria.server.log.LogEntry;
import tools.jackson.databind.JsonNode;

/**
 * Kill -9 the server while a party imports lists and has them signed at once (server-held key): after a restart every
 * acknowledged list is signed and intact, every list is signed or not yet signed, and every list submission on the log
 * belongs to a stored list — never a document without its list (docs/decisions/0065).
 */
class ListDocumentCrashTest {
    private static final long SEED = 0x115D0CL;
    private static final int WRITERS = 3;

    @RegisterExtension
    final CrashFixture crash = new CrashFixture();

    @EveryEngine
    void aKillBetweenImportAndSigningLeavesAListNotYetSignedNeverADocumentWithoutItsList(String engine) throws Exception {
        crash.on(engine);
        long killAfterMillis = KillDuringWrites.killAfterMillis(SEED);
        System.out.printf("list document crash test (%s): seed %d, kill %d ms after the first signed import%n", engine, SEED,
                killAfterMillis);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (ChildServer server = crash.startDemo()) {
            ApiClient desk = crash.signIn(server, "ua.desk");
            KillDuringWrites.run(server, WRITERS, killAfterMillis, (w, n) -> desk.send("POST",
                    "api/v1/lists/import?purpose=holding&sign=server-held&title=crash-" + w + "-" + n,
                    "id,surname,given_name,category\n1,Коваленко,Петро" + w + n + ",CIVILIAN\n"),
                    r -> acknowledged.add(ApiClient.json().readTree(r.body()).get("list").get("id").asString()));
        }

        try (ChildServer again = crash.startDemo()) {
            ApiClient mediator = crash.signIn(again, "tr.mediator");
            Set<String> listEnvelopes = ConcurrentHashMap.newKeySet();
            int unsigned = 0;
            for (JsonNode h : mediator.getJson("api/v1/lists")) {
                JsonNode document = mediator.getJson("api/v1/lists/" + h.get("id").asString() + "/document");
                if (document.get("status").asString().equals("signed")) {
                    assertThat(document.get("intact").asBoolean()).as("list %s", h.get("title").asString()).isTrue();
                    listEnvelopes.add(document.get("envelope_id").asString());
                } else {
                    assertThat(acknowledged).as("an acknowledged import is signed").doesNotContain(h.get("id").asString());
                    unsigned++;
                }
            }
            LogClient log = crash.log(again);
            Set<String> orphans = ConcurrentHashMap.newKeySet();
            new LogAuditor(crash.logKey(log)).audit(log, Optional.empty(), (entry, index) -> {
                EntryStatement s = LogEntry.parse(entry).statement();
                // Only person lists: the demo's seeded exchanges submit proposals, answers and acts too.
                if (s.kind() == EntryKind.SUBMITTED && s.envelope().type() == DocumentType.PERSON_LIST
                        && !listEnvelopes.contains(s.envelope().id().hex())) {
                    orphans.add(index + " " + s.envelope().id());
                }
            });
            assertThat(orphans).as("list submissions on the log without their list").isEmpty();
            System.out.printf("list document crash test (%s): %d acknowledged signed imports survive kill -9; %d lists signed, "
                    + "%d not yet signed, no document without its list%n", engine, acknowledged.size(), listEnvelopes.size(),
                    unsigned);
        }
    }
}
