package org.repatria.core.document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.repatria.core.party.PartyId;

/** Envelopes built in tests: a list from {@code ua} to {@code ru} on 2 June 2025. */
final class Envelopes {
    static final PartyId UA = new PartyId("ua");
    static final PartyId RU = new PartyId("ru");
    static final PartyId MEDIATOR = new PartyId("tr-mfa");
    static final Instant ISTANBUL = Instant.parse("2025-06-02T10:15:30Z");
    static final byte[] LIST = "id,surname\n1,Ковальчук\n".getBytes(StandardCharsets.UTF_8);

    private Envelopes() {
    }

    static Envelope list() {
        return Envelope.of(DocumentType.PERSON_LIST, UA, List.of(RU), LIST, ISTANBUL, Optional.empty());
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
