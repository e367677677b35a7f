package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.AgreementText;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Terms;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.ledger.audit.LogAuditor;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.log.LogEntry;
import tools.jackson.databind.JsonNode;

/**
 * Kill -9 the server while a side proposes agreements at once: after a restart every acknowledged proposal is an
 * agreement, and every proposal on the log is a step of a stored agreement — never a document the exchange does not
 * know (docs/decisions/0118).
 */
class ExchangeCrashTest {
    private static final long SEED = 0x0118L;
    private static final int WRITERS = 3;
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId RU = new PartyId("ru");

    @RegisterExtension
    final CrashFixture crash = new CrashFixture();

    @EveryEngine
    void aKillDuringProposalsLeavesNoProposalOnTheLogThatTheExchangeDoesNotKnow(String engine) throws Exception {
        crash.on(engine);
        long killAfterMillis = KillDuringWrites.killAfterMillis(SEED);
        System.out.printf("exchange crash test (%s): seed %d, kill %d ms after the first proposal%n", engine, SEED,
                killAfterMillis);
        NoteSigner key = NoteSigner.generate("ua-crash", KeyType.ED25519, new SecureRandom());
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (ChildServer server = crash.startDemo()) {
            ApiClient mediator = crash.signIn(server, "tr.mediator");
            assertThat(mediator.send("POST", "api/v1/parties/ua/keys", ApiClient.json().createObjectNode()
                    .put("vkey", key.verifier().encoded()).toString()).statusCode()).isEqualTo(201);
            ApiClient desk = crash.signIn(server, "ua.desk");
            KillDuringWrites.run(server, WRITERS, killAfterMillis, (w, n) -> desk.send("POST", "api/v1/agreements",
                    proposal(key, "crash-" + w + "-" + n)),
                    r -> acknowledged.add(ApiClient.json().readTree(r.body()).get("id").asString()));
        }

        try (ChildServer again = crash.startDemo()) {
            ApiClient mediator = crash.signIn(again, "tr.mediator");
            Set<String> stored = ConcurrentHashMap.newKeySet();
            Set<String> steps = ConcurrentHashMap.newKeySet();
            for (JsonNode a : mediator.getJson("api/v1/agreements")) {
                stored.add(a.get("id").asString());
                a.get("steps").forEach(s -> steps.add(s.get("envelope_id").asString()));
                // A plan's signatures are proposal documents too (the demo's seeded exchanges have some).
                if (a.get("state").asString().equals("ACCEPTED")) {
                    for (JsonNode plan : mediator.getJson("api/v1/agreements/" + a.get("id").asString() + "/plans")) {
                        plan.get("signatures").forEach(s -> steps.add(s.get("envelope_id").asString()));
                    }
                }
            }
            assertThat(stored).as("every acknowledged proposal is an agreement").containsAll(acknowledged);
            LogClient log = crash.log(again);
            Set<String> orphans = ConcurrentHashMap.newKeySet();
            new LogAuditor(crash.logKey(log)).audit(log, Optional.empty(), (entry, index) -> {
                EntryStatement s = LogEntry.parse(entry).statement();
                if (s.kind() == EntryKind.SUBMITTED && s.envelope().type() == DocumentType.PROPOSAL
                        && !steps.contains(s.envelope().id().hex())) {
                    orphans.add(index + " " + s.envelope().id());
                }
            });
            assertThat(orphans).as("proposals on the log that no agreement knows").isEmpty();
            System.out.printf("exchange crash test (%s): %d acknowledged proposals survive kill -9; %d agreements stored,"
                    + " no proposal on the log without its agreement%n", engine, acknowledged.size(), stored.size());
        }
    }

    /** ua's signed proposal of a two-for-two agreement {@code id}, as the request body. */
    private static String proposal(NoteSigner key, String id) {
        byte[] text = AgreementText.render(new Agreement(new AgreementId(id), AgreementKind.PRISONERS, UA, RU,
                new PartyId("tr"), new Terms.FixedCounts(2, 2, Eligibility.anyoneOf(Category.POW), Terms.article109()),
                new Deadlines(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 30))));
        Envelope e = Envelope.of(DocumentType.PROPOSAL, UA, List.of(RU), text, Instant.now(), Optional.empty());
        EntryStatement s = new EntryStatement(EntryKind.SUBMITTED, UA, KeyCustody.OWN, e.time(), e);
        return ApiClient.json().createObjectNode().put("entry", new String(LogEntry.sign(s, key).encoded(),
                StandardCharsets.UTF_8)).put("content", Base64.getEncoder().encodeToString(text)).toString();
    }
}
