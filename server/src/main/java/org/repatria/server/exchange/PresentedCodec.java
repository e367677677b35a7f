package org.repatria.server.exchange;

import java.util.Locale;
import java.util.Optional;
import org.repatria.core.handover.HandoverException;
import org.repatria.core.handover.Interview;
import org.repatria.core.handover.Presented;
import org.repatria.core.party.PartyId;
import org.repatria.server.api.ApiJson;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.TrancheMessages.PresentedRequest;

/** What was presented at the crossing: read from a request, kept as its JSON in the check row, read back for the act. */
final class PresentedCodec {
    private PresentedCodec() {
    }

    /** The core form of a presented line; 400 naming the field when it names nobody or a bad interview or party. */
    static Presented of(PresentedRequest r, String field) {
        if (r == null) {
            throw HttpProblem.invalid(field, "is required");
        }
        try {
            Interview interview = Interview.valueOf(Optional.ofNullable(r.interview()).filter(s -> !s.isBlank()).orElse("none")
                    .strip().toUpperCase(Locale.ROOT));
            Optional<PartyId> forces = Optional.ofNullable(r.forces()).filter(s -> !s.isBlank()).map(PartyId::of);
            return new Presented(r.serviceNumber(), r.bodyTag(), r.name(), r.container(), r.wagon(), interview, forces);
        } catch (HandoverException e) {
            throw HttpProblem.invalid(field, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid(field, "interview is none, consents or refuses, and forces a party id: " + e.getMessage());
        }
    }

    /** The stored form: the line's JSON. */
    static String encode(Presented p) {
        return ApiJson.mapper().writeValueAsString(new PresentedRequest(p.serviceNumber(), p.bodyTag(), p.name(), p.container(),
                p.wagon(), p.interview().name().toLowerCase(Locale.ROOT), p.forces().map(PartyId::value).orElse("")));
    }

    static Presented decode(String stored) {
        return of(ApiJson.mapper().readValue(stored, PresentedRequest.class), "presented");
    }

    /** For a person reading a check: the identifiers read. */
    static String words(Presented p) {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {p.serviceNumber(), p.bodyTag(), p.name()}) {
            if (!part.isEmpty()) {
                out.append(out.isEmpty() ? "" : " / ").append(part);
            }
        }
        return out.toString();
    }
}
