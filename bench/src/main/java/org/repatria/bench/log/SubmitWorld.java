package org.repatria.bench.log;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyKind;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Seeding;
import org.repatria.server.Server;
import org.repatria.server.ServerConfig;
import org.repatria.server.auth.BearerTokens;
import org.repatria.server.log.LogEntry;
import org.repatria.store.Store;

/**
 * The world {@link SubmitBenchmark} submits into: an embedded store in a temporary directory with parties ua and ru,
 * ua's registered note key, a party-desk account of ua with a bearer token, and the server on 127.0.0.1 (any port).
 */
final class SubmitWorld implements AutoCloseable {
    static final Account DESK = new Account("ua-desk", "Desk ua", Submissions.UA, Role.PARTY_DESK);
    final Path dir;
    final Store store;
    final Server server;
    final String token;
    private final NoteSigner key = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());

    SubmitWorld() throws Exception {
        dir = Files.createTempDirectory("repatria-submit-bench");
        store = Store.embedded(dir);
        store.parties().add(new Party(Submissions.UA, "Україна", PartyKind.BELLIGERENT));
        store.parties().add(new Party(Submissions.RU, "Россия", PartyKind.BELLIGERENT));
        store.signers().addPartyKey(Submissions.UA, key.verifier().encoded());
        Seeding.addAccount(store, DESK, "bench password".toCharArray());
        token = new BearerTokens(store.accounts(), Clock.systemUTC(), Duration.ofHours(2)).issue(DESK).token();
        server = Server.start(ServerConfig.of(store).withHost("127.0.0.1").withPort(0));
    }

    /** A signed submission: the entry's bytes and the document's; {@link #json} is the body of POST /api/v1/documents. */
    record Signed(byte[] entry, byte[] content) {
        String json() {
            return "{\"entry\":" + quoted(new String(entry, StandardCharsets.UTF_8)) + ",\"content\":\""
                    + Base64.getEncoder().encodeToString(content) + "\"}";
        }

        private static String quoted(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
    }

    /** {@code count} submissions ua → ru of 1 KB documents, numbered from {@code first}, signed now with ua's key. */
    List<Signed> sign(int first, int count) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Signed> out = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            byte[] content = (i + " " + "x".repeat(1024)).substring(0, 1024).getBytes(StandardCharsets.UTF_8);
            Envelope e = Envelope.of(DocumentType.PERSON_LIST, Submissions.UA, List.of(Submissions.RU), content, now,
                    Optional.empty());
            LogEntry entry = LogEntry.sign(new EntryStatement(EntryKind.SUBMITTED, Submissions.UA, KeyCustody.OWN, now, e), key);
            out.add(new Signed(entry.encoded(), content));
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        server.stop();
        store.close();
        AppendBenchmark.cleanUp("embedded", "", dir);
    }
}
