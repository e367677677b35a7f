package org.repatria.server.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.core.party.PartyId;
import org.repatria.ledger.note.KeyType;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.log.LogEntry;
import tools.jackson.databind.json.JsonMapper;

/** Test fixture: signed submissions and party keys, as a party's tooling would make them. */
public final class Documents {
    /** A key of party A (ua) that tests register with {@link #registerPartyKeys}. */
    public static final NoteSigner UA_KEY = NoteSigner.generate("ua-mod", KeyType.ED25519, new SecureRandom());
    /** A key of party B (ru) that tests register with {@link #registerPartyKeys}. */
    public static final NoteSigner RU_KEY = NoteSigner.generate("ru-mod", KeyType.ED25519, new SecureRandom());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Documents() {
    }

    /** The JSON body submitting {@code text} by {@code author} to the other party, signed with {@code key} at {@code time}. */
    public static String submission(NoteSigner key, PartyId author, String text, Instant time) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        Envelope e = Envelope.of(DocumentType.PERSON_LIST, author, List.of(Fixture.B.equals(author) ? Fixture.A : Fixture.B),
                content, time, Optional.empty());
        EntryStatement s = new EntryStatement(EntryKind.SUBMITTED, author, KeyCustody.OWN, e.time(), e);
        return JSON.createObjectNode().put("entry", new String(LogEntry.sign(s, key).encoded(), StandardCharsets.UTF_8))
                .put("content", Base64.getEncoder().encodeToString(content)).toString();
    }

    /** Submits {@code text} as {@code author} (signed a minute ago) and has the mediator relay it; its envelope id. */
    public static String relayed(RunningServer running, Fixture.Who author, NoteSigner key, String text) {
        HttpResponse<String> submitted = running.api(author).postJson("/api/v1/documents",
                submission(key, author.account().party(), text, Instant.now().minusSeconds(60)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = Client.json(submitted).get("envelope_id").asString();
        HttpResponse<String> relay = running.api(MEDIATOR_DESK).post("/api/v1/documents/" + id + "/relay", "", "application/json");
        assertThat(relay.statusCode()).as(relay.body()).isEqualTo(201);
        return id;
    }

    /** Registers {@link #UA_KEY} for A and {@link #RU_KEY} for B, and enables a server-held key for B. */
    public static void registerPartyKeys(RunningServer running) {
        register(running, Fixture.A, UA_KEY);
        register(running, Fixture.B, RU_KEY);
        enableServerHeldKey(running, Fixture.B);
    }

    /**
     * Has {@code author}'s desk sign its list {@code listId} with the server-held key of its party (enabled here when the
     * mediator has not yet), so the mediator may relay it.
     */
    public static void signWithServerHeldKey(RunningServer running, Fixture.Who author, PartyId party, String listId) {
        running.api(MEDIATOR_DESK).post("/api/v1/parties/" + party + "/server-held-key", "", "application/json");
        HttpResponse<String> r = running.api(author).postJson("/api/v1/lists/" + listId + "/document",
                "{\"custody\":\"server-held\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    /** Has the mediator enable a server-held key for {@code party}. */
    public static void enableServerHeldKey(RunningServer running, PartyId party) {
        HttpResponse<String> r = running.api(MEDIATOR_DESK).post("/api/v1/parties/" + party + "/server-held-key", "", "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    /** Registers {@code key} as a key of {@code party}, as the mediator does. */
    public static void register(RunningServer running, PartyId party, NoteSigner key) {
        String body = JSON.createObjectNode().put("vkey", key.verifier().encoded()).toString();
        HttpResponse<String> r = running.api(MEDIATOR_DESK).postJson("/api/v1/parties/" + party + "/keys", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
}
