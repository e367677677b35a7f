package org.repatria.server.death;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.death.DeathCase.RECORDS;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.EntryKind;
import org.repatria.core.document.EntryStatement;
import org.repatria.core.document.Envelope;
import org.repatria.core.document.KeyCustody;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.document.Documents;
import org.repatria.server.log.LogEntry;
import tools.jackson.databind.json.JsonMapper;

/** A death record signed with the identifying party's own key: logged when it is exactly the text the server draws up. */
class DeathRecordOwnKeyTest {
    @RegisterExtension
    static final RunningServer running = new RunningServer(5);

    @BeforeAll
    static void registerKey() {
        Documents.register(running, Fixture.A, Documents.UA_KEY);
    }

    private static String signed(byte[] content) {
        Envelope e = Envelope.of(DocumentType.DEATH_RECORD, Fixture.A, List.of(Fixture.B), content, Instant.now(),
                Optional.empty());
        EntryStatement s = new EntryStatement(EntryKind.SUBMITTED, Fixture.A, KeyCustody.OWN, e.time(), e);
        return JsonMapper.builder().build().createObjectNode()
                .put("entry", new String(LogEntry.sign(s, Documents.UA_KEY).encoded(), StandardCharsets.UTF_8))
                .put("content", Base64.getEncoder().encodeToString(content)).toString();
    }

    @Test
    void theTextTheServerDrawsUpSignedWithTheOwnKeyIsLogged() {
        DeathCase c = DeathCase.confirmed(running);
        byte[] text = c.unit.postJson(RECORDS + "/text", c.record("Бондар", "2025-05-14", "")).body()
                .getBytes(StandardCharsets.UTF_8);
        long before = c.logSize();

        var r = c.unit.postJson(RECORDS, signed(text), 201);

        assertThat(r.get("revision").asInt()).isEqualTo(1);
        assertThat(r.get("particulars").get("surname").asString()).isEqualTo("Бондар");
        assertThat(c.logSize()).isEqualTo(before + 1);
    }

    @Test
    void aSignedRecordWhoseDnaSummaryDiffersFromTheConfirmationIsRefused() {
        DeathCase c = DeathCase.confirmed(running);
        String text = c.unit.postJson(RECORDS + "/text", c.record("Бондар", "2025-05-14", "")).body();
        byte[] forged = text.replace("log10-lr 0.698970", "log10-lr 9.000000").getBytes(StandardCharsets.UTF_8);
        long rows = running.count("death_records");

        HttpResponse<String> r = c.unit.postJson(RECORDS, signed(forged));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"content\"").contains("DNA summary");
        assertThat(running.count("death_records")).isEqualTo(rows);
    }
}
